/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model.impl;

import java.util.Collection;

import org.dossier.model.Claim;
import org.dossier.model.Credibility;
import org.dossier.model.DossierPackage;
import org.dossier.model.Entity;
import org.dossier.model.EvidenceLink;
import org.dossier.model.Tag;
import org.dossier.model.Verdict;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.impl.ClaimImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.dossier.model.impl.ClaimImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.dossier.model.impl.ClaimImpl#getClaimant <em>Claimant</em>}</li>
 *   <li>{@link org.dossier.model.impl.ClaimImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.dossier.model.impl.ClaimImpl#getCredibility <em>Credibility</em>}</li>
 *   <li>{@link org.dossier.model.impl.ClaimImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.dossier.model.impl.ClaimImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.dossier.model.impl.ClaimImpl#getTags <em>Tags</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClaimImpl extends MinimalEObjectImpl.Container implements Claim {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected String statement = STATEMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClaimant() <em>Claimant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimant()
	 * @generated
	 * @ordered
	 */
	protected Entity claimant;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected String date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCredibility() <em>Credibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredibility()
	 * @generated
	 * @ordered
	 */
	protected static final Credibility CREDIBILITY_EDEFAULT = Credibility.NOT_GRADED;

	/**
	 * The cached value of the '{@link #getCredibility() <em>Credibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredibility()
	 * @generated
	 * @ordered
	 */
	protected Credibility credibility = CREDIBILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict VERDICT_EDEFAULT = Verdict.UNVERIFIED;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected Verdict verdict = VERDICT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceLink> evidence;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<Tag> tags;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClaimImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DossierPackage.Literals.CLAIM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.CLAIM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatement() {
		return statement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatement(String newStatement) {
		String oldStatement = statement;
		statement = newStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.CLAIM__STATEMENT, oldStatement, statement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getClaimant() {
		if (claimant != null && claimant.eIsProxy()) {
			InternalEObject oldClaimant = (InternalEObject)claimant;
			claimant = (Entity)eResolveProxy(oldClaimant);
			if (claimant != oldClaimant) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DossierPackage.CLAIM__CLAIMANT, oldClaimant, claimant));
			}
		}
		return claimant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetClaimant() {
		return claimant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClaimant(Entity newClaimant) {
		Entity oldClaimant = claimant;
		claimant = newClaimant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.CLAIM__CLAIMANT, oldClaimant, claimant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(String newDate) {
		String oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.CLAIM__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Credibility getCredibility() {
		return credibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredibility(Credibility newCredibility) {
		Credibility oldCredibility = credibility;
		credibility = newCredibility == null ? CREDIBILITY_EDEFAULT : newCredibility;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.CLAIM__CREDIBILITY, oldCredibility, credibility));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(Verdict newVerdict) {
		Verdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.CLAIM__VERDICT, oldVerdict, verdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceLink> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<EvidenceLink>(EvidenceLink.class, this, DossierPackage.CLAIM__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tag> getTags() {
		if (tags == null) {
			tags = new EObjectResolvingEList<Tag>(Tag.class, this, DossierPackage.CLAIM__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DossierPackage.CLAIM__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DossierPackage.CLAIM__ID:
				return getId();
			case DossierPackage.CLAIM__STATEMENT:
				return getStatement();
			case DossierPackage.CLAIM__CLAIMANT:
				if (resolve) return getClaimant();
				return basicGetClaimant();
			case DossierPackage.CLAIM__DATE:
				return getDate();
			case DossierPackage.CLAIM__CREDIBILITY:
				return getCredibility();
			case DossierPackage.CLAIM__VERDICT:
				return getVerdict();
			case DossierPackage.CLAIM__EVIDENCE:
				return getEvidence();
			case DossierPackage.CLAIM__TAGS:
				return getTags();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DossierPackage.CLAIM__ID:
				setId((String)newValue);
				return;
			case DossierPackage.CLAIM__STATEMENT:
				setStatement((String)newValue);
				return;
			case DossierPackage.CLAIM__CLAIMANT:
				setClaimant((Entity)newValue);
				return;
			case DossierPackage.CLAIM__DATE:
				setDate((String)newValue);
				return;
			case DossierPackage.CLAIM__CREDIBILITY:
				setCredibility((Credibility)newValue);
				return;
			case DossierPackage.CLAIM__VERDICT:
				setVerdict((Verdict)newValue);
				return;
			case DossierPackage.CLAIM__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends EvidenceLink>)newValue);
				return;
			case DossierPackage.CLAIM__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends Tag>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DossierPackage.CLAIM__ID:
				setId(ID_EDEFAULT);
				return;
			case DossierPackage.CLAIM__STATEMENT:
				setStatement(STATEMENT_EDEFAULT);
				return;
			case DossierPackage.CLAIM__CLAIMANT:
				setClaimant((Entity)null);
				return;
			case DossierPackage.CLAIM__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case DossierPackage.CLAIM__CREDIBILITY:
				setCredibility(CREDIBILITY_EDEFAULT);
				return;
			case DossierPackage.CLAIM__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case DossierPackage.CLAIM__EVIDENCE:
				getEvidence().clear();
				return;
			case DossierPackage.CLAIM__TAGS:
				getTags().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DossierPackage.CLAIM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DossierPackage.CLAIM__STATEMENT:
				return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
			case DossierPackage.CLAIM__CLAIMANT:
				return claimant != null;
			case DossierPackage.CLAIM__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case DossierPackage.CLAIM__CREDIBILITY:
				return credibility != CREDIBILITY_EDEFAULT;
			case DossierPackage.CLAIM__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case DossierPackage.CLAIM__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case DossierPackage.CLAIM__TAGS:
				return tags != null && !tags.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", statement: ");
		result.append(statement);
		result.append(", date: ");
		result.append(date);
		result.append(", credibility: ");
		result.append(credibility);
		result.append(", verdict: ");
		result.append(verdict);
		result.append(')');
		return result.toString();
	}

} //ClaimImpl
