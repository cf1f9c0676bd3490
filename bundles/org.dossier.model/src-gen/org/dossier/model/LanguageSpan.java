/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Language Span</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stretch of paragraphs written in another language than the document (Document.language): an English statement quoted in full in a Russian article, the French version of a communiqué after the German one. Paragraphs in the document's language, and those too short to tell, are not marked.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.LanguageSpan#getLanguage <em>Language</em>}</li>
 * </ul>
 *
 * @see org.dossier.model.DossierPackage#getLanguageSpan()
 * @model
 * @generated
 */
public interface LanguageSpan extends Annotation {
	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A BCP 47 language tag: fr, de, en, ru ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.dossier.model.DossierPackage#getLanguageSpan_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.dossier.model.LanguageSpan#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

} // LanguageSpan
