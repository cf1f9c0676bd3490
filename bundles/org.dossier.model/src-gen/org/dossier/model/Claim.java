/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A statement someone made, as the analyst records and assesses it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.Claim#getId <em>Id</em>}</li>
 *   <li>{@link org.dossier.model.Claim#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.dossier.model.Claim#getClaimant <em>Claimant</em>}</li>
 *   <li>{@link org.dossier.model.Claim#getDate <em>Date</em>}</li>
 *   <li>{@link org.dossier.model.Claim#getCredibility <em>Credibility</em>}</li>
 *   <li>{@link org.dossier.model.Claim#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.dossier.model.Claim#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.dossier.model.Claim#getTags <em>Tags</em>}</li>
 * </ul>
 *
 * @see org.dossier.model.DossierPackage#getClaim()
 * @model
 * @generated
 */
public interface Claim extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.dossier.model.DossierPackage#getClaim_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.dossier.model.Claim#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.dossier.model.DossierPackage#getClaim_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.dossier.model.Claim#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Claimant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claimant</em>' reference.
	 * @see #setClaimant(Entity)
	 * @see org.dossier.model.DossierPackage#getClaim_Claimant()
	 * @model
	 * @generated
	 */
	Entity getClaimant();

	/**
	 * Sets the value of the '{@link org.dossier.model.Claim#getClaimant <em>Claimant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claimant</em>' reference.
	 * @see #getClaimant()
	 * @generated
	 */
	void setClaimant(Entity value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the claim was made, ISO 8601 partial.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see org.dossier.model.DossierPackage#getClaim_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link org.dossier.model.Claim#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Credibility</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dossier.model.Credibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credibility</em>' attribute.
	 * @see org.dossier.model.Credibility
	 * @see #setCredibility(Credibility)
	 * @see org.dossier.model.DossierPackage#getClaim_Credibility()
	 * @model
	 * @generated
	 */
	Credibility getCredibility();

	/**
	 * Sets the value of the '{@link org.dossier.model.Claim#getCredibility <em>Credibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credibility</em>' attribute.
	 * @see org.dossier.model.Credibility
	 * @see #getCredibility()
	 * @generated
	 */
	void setCredibility(Credibility value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dossier.model.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.dossier.model.Verdict
	 * @see #setVerdict(Verdict)
	 * @see org.dossier.model.DossierPackage#getClaim_Verdict()
	 * @model
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link org.dossier.model.Claim#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.dossier.model.Verdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.dossier.model.EvidenceLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.dossier.model.DossierPackage#getClaim_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceLink> getEvidence();

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' reference list.
	 * The list contents are of type {@link org.dossier.model.Tag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' reference list.
	 * @see org.dossier.model.DossierPackage#getClaim_Tags()
	 * @model
	 * @generated
	 */
	EList<Tag> getTags();

} // Claim
