/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim Mention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.ClaimMention#getClaim <em>Claim</em>}</li>
 * </ul>
 *
 * @see org.dossier.model.DossierPackage#getClaimMention()
 * @model
 * @generated
 */
public interface ClaimMention extends Annotation {
	/**
	 * Returns the value of the '<em><b>Claim</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claim</em>' reference.
	 * @see #setClaim(Claim)
	 * @see org.dossier.model.DossierPackage#getClaimMention_Claim()
	 * @model
	 * @generated
	 */
	Claim getClaim();

	/**
	 * Sets the value of the '{@link org.dossier.model.ClaimMention#getClaim <em>Claim</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claim</em>' reference.
	 * @see #getClaim()
	 * @generated
	 */
	void setClaim(Claim value);

} // ClaimMention
