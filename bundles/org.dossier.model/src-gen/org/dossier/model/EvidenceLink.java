/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A piece of evidence for or against a claim. It points at one target: an annotation (a passage), a whole document or a bibliographic reference; set exactly one of the three.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.EvidenceLink#getRelation <em>Relation</em>}</li>
 *   <li>{@link org.dossier.model.EvidenceLink#getAnnotation <em>Annotation</em>}</li>
 *   <li>{@link org.dossier.model.EvidenceLink#getDocument <em>Document</em>}</li>
 *   <li>{@link org.dossier.model.EvidenceLink#getReference <em>Reference</em>}</li>
 *   <li>{@link org.dossier.model.EvidenceLink#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.dossier.model.DossierPackage#getEvidenceLink()
 * @model
 * @generated
 */
public interface EvidenceLink extends EObject {
	/**
	 * Returns the value of the '<em><b>Relation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dossier.model.EvidenceRelation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relation</em>' attribute.
	 * @see org.dossier.model.EvidenceRelation
	 * @see #setRelation(EvidenceRelation)
	 * @see org.dossier.model.DossierPackage#getEvidenceLink_Relation()
	 * @model
	 * @generated
	 */
	EvidenceRelation getRelation();

	/**
	 * Sets the value of the '{@link org.dossier.model.EvidenceLink#getRelation <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relation</em>' attribute.
	 * @see org.dossier.model.EvidenceRelation
	 * @see #getRelation()
	 * @generated
	 */
	void setRelation(EvidenceRelation value);

	/**
	 * Returns the value of the '<em><b>Annotation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotation</em>' reference.
	 * @see #setAnnotation(Annotation)
	 * @see org.dossier.model.DossierPackage#getEvidenceLink_Annotation()
	 * @model
	 * @generated
	 */
	Annotation getAnnotation();

	/**
	 * Sets the value of the '{@link org.dossier.model.EvidenceLink#getAnnotation <em>Annotation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotation</em>' reference.
	 * @see #getAnnotation()
	 * @generated
	 */
	void setAnnotation(Annotation value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(Document)
	 * @see org.dossier.model.DossierPackage#getEvidenceLink_Document()
	 * @model
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.dossier.model.EvidenceLink#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' reference.
	 * @see #setReference(Reference)
	 * @see org.dossier.model.DossierPackage#getEvidenceLink_Reference()
	 * @model
	 * @generated
	 */
	Reference getReference();

	/**
	 * Sets the value of the '{@link org.dossier.model.EvidenceLink#getReference <em>Reference</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' reference.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(Reference value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.dossier.model.DossierPackage#getEvidenceLink_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.dossier.model.EvidenceLink#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The annotation, document or reference the link points at, whichever is set (resolving it, which may load its document); null when none is.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EObject getTarget();

} // EvidenceLink
