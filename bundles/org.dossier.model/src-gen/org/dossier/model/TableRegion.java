/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A table in the text: its caption ("Table 2. ...", "Таблица 4. ..."), if it has one, then its body, the header lines and the rows of cells. The caption is prose; the numbers of the body are cell values, whose quantities point back here (Quantity.table).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.TableRegion#getLabel <em>Label</em>}</li>
 *   <li>{@link org.dossier.model.TableRegion#getBodyBegin <em>Body Begin</em>}</li>
 *   <li>{@link org.dossier.model.TableRegion#getRowCount <em>Row Count</em>}</li>
 *   <li>{@link org.dossier.model.TableRegion#getColumnCount <em>Column Count</em>}</li>
 * </ul>
 *
 * @see org.dossier.model.DossierPackage#getTableRegion()
 * @model
 * @generated
 */
public interface TableRegion extends Annotation {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the text refers to the table, the start of its caption: Table 2, Tableau 3, Tabelle 1, Таблица 4; unset for a table without a caption.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.dossier.model.DossierPackage#getTableRegion_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.dossier.model.TableRegion#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Body Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offset in Document.text where the body (header lines and rows) begins, after the caption; begin when there is no caption.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Body Begin</em>' attribute.
	 * @see #setBodyBegin(int)
	 * @see org.dossier.model.DossierPackage#getTableRegion_BodyBegin()
	 * @model
	 * @generated
	 */
	int getBodyBegin();

	/**
	 * Sets the value of the '{@link org.dossier.model.TableRegion#getBodyBegin <em>Body Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body Begin</em>' attribute.
	 * @see #getBodyBegin()
	 * @generated
	 */
	void setBodyBegin(int value);

	/**
	 * Returns the value of the '<em><b>Row Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rows of values, header lines not counted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Row Count</em>' attribute.
	 * @see #setRowCount(int)
	 * @see org.dossier.model.DossierPackage#getTableRegion_RowCount()
	 * @model
	 * @generated
	 */
	int getRowCount();

	/**
	 * Sets the value of the '{@link org.dossier.model.TableRegion#getRowCount <em>Row Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row Count</em>' attribute.
	 * @see #getRowCount()
	 * @generated
	 */
	void setRowCount(int value);

	/**
	 * Returns the value of the '<em><b>Column Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cells of the widest row.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column Count</em>' attribute.
	 * @see #setColumnCount(int)
	 * @see org.dossier.model.DossierPackage#getTableRegion_ColumnCount()
	 * @model
	 * @generated
	 */
	int getColumnCount();

	/**
	 * Sets the value of the '{@link org.dossier.model.TableRegion#getColumnCount <em>Column Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Count</em>' attribute.
	 * @see #getColumnCount()
	 * @generated
	 */
	void setColumnCount(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The caption as written, from begin to bodyBegin without the white space around it; null for a table without a caption or when the region is not in a document with text.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	String getCaption();

} // TableRegion
