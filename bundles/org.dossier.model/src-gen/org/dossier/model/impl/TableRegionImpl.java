/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model.impl;

import java.lang.reflect.InvocationTargetException;

import org.dossier.model.DossierPackage;
import org.dossier.model.TableRegion;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Table Region</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.impl.TableRegionImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.dossier.model.impl.TableRegionImpl#getBodyBegin <em>Body Begin</em>}</li>
 *   <li>{@link org.dossier.model.impl.TableRegionImpl#getRowCount <em>Row Count</em>}</li>
 *   <li>{@link org.dossier.model.impl.TableRegionImpl#getColumnCount <em>Column Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TableRegionImpl extends AnnotationImpl implements TableRegion {
	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getBodyBegin() <em>Body Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBodyBegin()
	 * @generated
	 * @ordered
	 */
	protected static final int BODY_BEGIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBodyBegin() <em>Body Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBodyBegin()
	 * @generated
	 * @ordered
	 */
	protected int bodyBegin = BODY_BEGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getRowCount() <em>Row Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowCount()
	 * @generated
	 * @ordered
	 */
	protected static final int ROW_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRowCount() <em>Row Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowCount()
	 * @generated
	 * @ordered
	 */
	protected int rowCount = ROW_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumnCount() <em>Column Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COLUMN_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getColumnCount() <em>Column Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnCount()
	 * @generated
	 * @ordered
	 */
	protected int columnCount = COLUMN_COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TableRegionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DossierPackage.Literals.TABLE_REGION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.TABLE_REGION__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBodyBegin() {
		return bodyBegin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBodyBegin(int newBodyBegin) {
		int oldBodyBegin = bodyBegin;
		bodyBegin = newBodyBegin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.TABLE_REGION__BODY_BEGIN, oldBodyBegin, bodyBegin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRowCount() {
		return rowCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowCount(int newRowCount) {
		int oldRowCount = rowCount;
		rowCount = newRowCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.TABLE_REGION__ROW_COUNT, oldRowCount, rowCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getColumnCount() {
		return columnCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnCount(int newColumnCount) {
		int oldColumnCount = columnCount;
		columnCount = newColumnCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.TABLE_REGION__COLUMN_COUNT, oldColumnCount, columnCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaption() {
		String text = getCoveredText();
		if (text == null || getBodyBegin() <= getBegin() || getBodyBegin() > getEnd()) {
			return null;
		}
		String caption = text.substring(0, getBodyBegin() - getBegin()).strip();
		return caption.isEmpty() ? null : caption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DossierPackage.TABLE_REGION__LABEL:
				return getLabel();
			case DossierPackage.TABLE_REGION__BODY_BEGIN:
				return getBodyBegin();
			case DossierPackage.TABLE_REGION__ROW_COUNT:
				return getRowCount();
			case DossierPackage.TABLE_REGION__COLUMN_COUNT:
				return getColumnCount();
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
			case DossierPackage.TABLE_REGION__LABEL:
				setLabel((String)newValue);
				return;
			case DossierPackage.TABLE_REGION__BODY_BEGIN:
				setBodyBegin((Integer)newValue);
				return;
			case DossierPackage.TABLE_REGION__ROW_COUNT:
				setRowCount((Integer)newValue);
				return;
			case DossierPackage.TABLE_REGION__COLUMN_COUNT:
				setColumnCount((Integer)newValue);
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
			case DossierPackage.TABLE_REGION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case DossierPackage.TABLE_REGION__BODY_BEGIN:
				setBodyBegin(BODY_BEGIN_EDEFAULT);
				return;
			case DossierPackage.TABLE_REGION__ROW_COUNT:
				setRowCount(ROW_COUNT_EDEFAULT);
				return;
			case DossierPackage.TABLE_REGION__COLUMN_COUNT:
				setColumnCount(COLUMN_COUNT_EDEFAULT);
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
			case DossierPackage.TABLE_REGION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case DossierPackage.TABLE_REGION__BODY_BEGIN:
				return bodyBegin != BODY_BEGIN_EDEFAULT;
			case DossierPackage.TABLE_REGION__ROW_COUNT:
				return rowCount != ROW_COUNT_EDEFAULT;
			case DossierPackage.TABLE_REGION__COLUMN_COUNT:
				return columnCount != COLUMN_COUNT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case DossierPackage.TABLE_REGION___GET_CAPTION:
				return getCaption();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (label: ");
		result.append(label);
		result.append(", bodyBegin: ");
		result.append(bodyBegin);
		result.append(", rowCount: ");
		result.append(rowCount);
		result.append(", columnCount: ");
		result.append(columnCount);
		result.append(')');
		return result.toString();
	}

} //TableRegionImpl
