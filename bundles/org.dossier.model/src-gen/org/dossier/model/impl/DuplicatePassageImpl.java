/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model.impl;

import org.dossier.model.DossierPackage;
import org.dossier.model.DuplicatePassage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Duplicate Passage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.impl.DuplicatePassageImpl#getFirstBegin <em>First Begin</em>}</li>
 *   <li>{@link org.dossier.model.impl.DuplicatePassageImpl#getFirstEnd <em>First End</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DuplicatePassageImpl extends AnnotationImpl implements DuplicatePassage {
	/**
	 * The default value of the '{@link #getFirstBegin() <em>First Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstBegin()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_BEGIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstBegin() <em>First Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstBegin()
	 * @generated
	 * @ordered
	 */
	protected int firstBegin = FIRST_BEGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstEnd() <em>First End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstEnd() <em>First End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstEnd()
	 * @generated
	 * @ordered
	 */
	protected int firstEnd = FIRST_END_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DuplicatePassageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DossierPackage.Literals.DUPLICATE_PASSAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstBegin() {
		return firstBegin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstBegin(int newFirstBegin) {
		int oldFirstBegin = firstBegin;
		firstBegin = newFirstBegin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.DUPLICATE_PASSAGE__FIRST_BEGIN, oldFirstBegin, firstBegin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstEnd() {
		return firstEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstEnd(int newFirstEnd) {
		int oldFirstEnd = firstEnd;
		firstEnd = newFirstEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.DUPLICATE_PASSAGE__FIRST_END, oldFirstEnd, firstEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DossierPackage.DUPLICATE_PASSAGE__FIRST_BEGIN:
				return getFirstBegin();
			case DossierPackage.DUPLICATE_PASSAGE__FIRST_END:
				return getFirstEnd();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DossierPackage.DUPLICATE_PASSAGE__FIRST_BEGIN:
				setFirstBegin((Integer)newValue);
				return;
			case DossierPackage.DUPLICATE_PASSAGE__FIRST_END:
				setFirstEnd((Integer)newValue);
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
			case DossierPackage.DUPLICATE_PASSAGE__FIRST_BEGIN:
				setFirstBegin(FIRST_BEGIN_EDEFAULT);
				return;
			case DossierPackage.DUPLICATE_PASSAGE__FIRST_END:
				setFirstEnd(FIRST_END_EDEFAULT);
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
			case DossierPackage.DUPLICATE_PASSAGE__FIRST_BEGIN:
				return firstBegin != FIRST_BEGIN_EDEFAULT;
			case DossierPackage.DUPLICATE_PASSAGE__FIRST_END:
				return firstEnd != FIRST_END_EDEFAULT;
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
		result.append(" (firstBegin: ");
		result.append(firstBegin);
		result.append(", firstEnd: ");
		result.append(firstEnd);
		result.append(')');
		return result.toString();
	}

} //DuplicatePassageImpl
