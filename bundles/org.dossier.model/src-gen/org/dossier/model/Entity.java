/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person, organisation or place, resolved across documents and languages. Its mentions are not stored here: they are the Mention annotations referring to it, spread over the documents, and are counted by the search index; an opposite reference would have to load every document.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.Entity#getId <em>Id</em>}</li>
 *   <li>{@link org.dossier.model.Entity#getName <em>Name</em>}</li>
 *   <li>{@link org.dossier.model.Entity#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dossier.model.Entity#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.dossier.model.Entity#getLat <em>Lat</em>}</li>
 *   <li>{@link org.dossier.model.Entity#getLon <em>Lon</em>}</li>
 *   <li>{@link org.dossier.model.Entity#getExternalIds <em>External Ids</em>}</li>
 * </ul>
 *
 * @see org.dossier.model.DossierPackage#getEntity()
 * @model
 * @generated
 */
public interface Entity extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.dossier.model.DossierPackage#getEntity_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.dossier.model.Entity#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dossier.model.DossierPackage#getEntity_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dossier.model.Entity#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dossier.model.EntityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dossier.model.EntityKind
	 * @see #setKind(EntityKind)
	 * @see org.dossier.model.DossierPackage#getEntity_Kind()
	 * @model
	 * @generated
	 */
	EntityKind getKind();

	/**
	 * Sets the value of the '{@link org.dossier.model.Entity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dossier.model.EntityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EntityKind value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every surface form met, in every language: Moscow, Moscou, Москва.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.dossier.model.DossierPackage#getEntity_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Lat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Latitude of a place in degrees (WGS 84); null when unknown or not a place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lat</em>' attribute.
	 * @see #setLat(Double)
	 * @see org.dossier.model.DossierPackage#getEntity_Lat()
	 * @model
	 * @generated
	 */
	Double getLat();

	/**
	 * Sets the value of the '{@link org.dossier.model.Entity#getLat <em>Lat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lat</em>' attribute.
	 * @see #getLat()
	 * @generated
	 */
	void setLat(Double value);

	/**
	 * Returns the value of the '<em><b>Lon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Longitude of a place in degrees (WGS 84); null when unknown or not a place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lon</em>' attribute.
	 * @see #setLon(Double)
	 * @see org.dossier.model.DossierPackage#getEntity_Lon()
	 * @model
	 * @generated
	 */
	Double getLon();

	/**
	 * Sets the value of the '{@link org.dossier.model.Entity#getLon <em>Lon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lon</em>' attribute.
	 * @see #getLon()
	 * @generated
	 */
	void setLon(Double value);

	/**
	 * Returns the value of the '<em><b>External Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifiers in other registries, as scheme:value (wikidata:Q649, geonames:524901).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Ids</em>' attribute list.
	 * @see org.dossier.model.DossierPackage#getEntity_ExternalIds()
	 * @model
	 * @generated
	 */
	EList<String> getExternalIds();

} // Entity
