/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Duplicate Passage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A passage that repeats an earlier one of the same document word for word, but for spacing and case: a compilation repeating its title, or a whole article or paragraph. The text keeps it as the source has it; the annotation tells the repetition from the first occurrence, [firstBegin, firstEnd).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.DuplicatePassage#getFirstBegin <em>First Begin</em>}</li>
 *   <li>{@link org.dossier.model.DuplicatePassage#getFirstEnd <em>First End</em>}</li>
 * </ul>
 *
 * @see org.dossier.model.DossierPackage#getDuplicatePassage()
 * @model
 * @generated
 */
public interface DuplicatePassage extends Annotation {
	/**
	 * Returns the value of the '<em><b>First Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offset in Document.text of the first character of the first occurrence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Begin</em>' attribute.
	 * @see #setFirstBegin(int)
	 * @see org.dossier.model.DossierPackage#getDuplicatePassage_FirstBegin()
	 * @model
	 * @generated
	 */
	int getFirstBegin();

	/**
	 * Sets the value of the '{@link org.dossier.model.DuplicatePassage#getFirstBegin <em>First Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Begin</em>' attribute.
	 * @see #getFirstBegin()
	 * @generated
	 */
	void setFirstBegin(int value);

	/**
	 * Returns the value of the '<em><b>First End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offset in Document.text after the last character of the first occurrence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First End</em>' attribute.
	 * @see #setFirstEnd(int)
	 * @see org.dossier.model.DossierPackage#getDuplicatePassage_FirstEnd()
	 * @model
	 * @generated
	 */
	int getFirstEnd();

	/**
	 * Sets the value of the '{@link org.dossier.model.DuplicatePassage#getFirstEnd <em>First End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First End</em>' attribute.
	 * @see #getFirstEnd()
	 * @generated
	 */
	void setFirstEnd(int value);

} // DuplicatePassage
