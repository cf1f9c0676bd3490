/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quote</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.Quote#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link org.dossier.model.Quote#getSpeechVerb <em>Speech Verb</em>}</li>
 * </ul>
 *
 * @see org.dossier.model.DossierPackage#getQuote()
 * @model
 * @generated
 */
public interface Quote extends Annotation {
	/**
	 * Returns the value of the '<em><b>Speaker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who is quoted; unset when the text does not say.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Speaker</em>' reference.
	 * @see #setSpeaker(Entity)
	 * @see org.dossier.model.DossierPackage#getQuote_Speaker()
	 * @model
	 * @generated
	 */
	Entity getSpeaker();

	/**
	 * Sets the value of the '{@link org.dossier.model.Quote#getSpeaker <em>Speaker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speaker</em>' reference.
	 * @see #getSpeaker()
	 * @generated
	 */
	void setSpeaker(Entity value);

	/**
	 * Returns the value of the '<em><b>Speech Verb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The verb introducing the quote as written: said, a déclaré, erklärte, заявил.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Speech Verb</em>' attribute.
	 * @see #setSpeechVerb(String)
	 * @see org.dossier.model.DossierPackage#getQuote_SpeechVerb()
	 * @model
	 * @generated
	 */
	String getSpeechVerb();

	/**
	 * Sets the value of the '{@link org.dossier.model.Quote#getSpeechVerb <em>Speech Verb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speech Verb</em>' attribute.
	 * @see #getSpeechVerb()
	 * @generated
	 */
	void setSpeechVerb(String value);

} // Quote
