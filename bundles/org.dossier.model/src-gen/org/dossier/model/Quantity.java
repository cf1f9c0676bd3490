/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quantity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.Quantity#getValue <em>Value</em>}</li>
 *   <li>{@link org.dossier.model.Quantity#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.dossier.model.Quantity#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dossier.model.Quantity#getTable <em>Table</em>}</li>
 * </ul>
 *
 * @see org.dossier.model.DossierPackage#getQuantity()
 * @model
 * @generated
 */
public interface Quantity extends Annotation {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.dossier.model.DossierPackage#getQuantity_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.dossier.model.Quantity#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.dossier.model.DossierPackage#getQuantity_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.dossier.model.Quantity#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dossier.model.QuantityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dossier.model.QuantityKind
	 * @see #setKind(QuantityKind)
	 * @see org.dossier.model.DossierPackage#getQuantity_Kind()
	 * @model
	 * @generated
	 */
	QuantityKind getKind();

	/**
	 * Sets the value of the '{@link org.dossier.model.Quantity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dossier.model.QuantityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(QuantityKind value);

	/**
	 * Returns the value of the '<em><b>Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The table in whose body the figure stands, a cell value rather than a figure of the prose; unset for figures of the prose.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Table</em>' reference.
	 * @see #setTable(TableRegion)
	 * @see org.dossier.model.DossierPackage#getQuantity_Table()
	 * @model
	 * @generated
	 */
	TableRegion getTable();

	/**
	 * Sets the value of the '{@link org.dossier.model.Quantity#getTable <em>Table</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table</em>' reference.
	 * @see #getTable()
	 * @generated
	 */
	void setTable(TableRegion value);

} // Quantity
