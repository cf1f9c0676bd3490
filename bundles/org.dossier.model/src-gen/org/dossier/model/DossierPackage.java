/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Dossier domain model: a dossier of documents, the annotations found in them, and the entities, claims, sources and codes an analyst works with.
 * 
 * Storage: a dossier is a folder. dossier.xmi holds the Dossier with a DocumentEntry per document, its entities, claims, sources, tags and notes; each Document is the single root of its own resource, documents/<id>.xmi. The entry is a summary of its document (title, language, annotation count ...) so that a dossier of 100,000 documents opens, and lists them, without resolving a single DocumentEntry.document proxy; whoever changes a document keeps its entry in step. References between the two kinds of file (Mention.entity, EvidenceLink.annotation ...) are ordinary non-containment references, stored as hrefs.
 * 
 * Identifiers: every id attribute is an EMF ID, so objects are addressed by id (documents/d-1.xmi#a-2, ../dossier.xmi#e-3) rather than by position, and hrefs survive reordering. An id is unique within its resource; ids carry a kind prefix (d document, e entity, ...).
 * 
 * Dates are ISO 8601 strings, partial where the source is: 2017-10-30, 2021-09, 1975, --06-02 (day without year); timestamps are ISO 8601 instants in UTC.
 * 
 * The nsURI carries the model version; a change to the model gets a new nsURI, and dossiers of older versions must still open.
 * <!-- end-model-doc -->
 * @see org.dossier.model.DossierFactory
 * @model kind="package"
 * @generated
 */
public interface DossierPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.dossier.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "dossier";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DossierPackage eINSTANCE = org.dossier.model.impl.DossierPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.DossierImpl <em>Dossier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.DossierImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getDossier()
	 * @generated
	 */
	int DOSSIER = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__DOCUMENTS = 2;

	/**
	 * The feature id for the '<em><b>Entities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__ENTITIES = 3;

	/**
	 * The feature id for the '<em><b>Claims</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__CLAIMS = 4;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__SOURCES = 5;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__TAGS = 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER__NOTES = 7;

	/**
	 * The number of structural features of the '<em>Dossier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Dossier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSSIER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.DocumentEntryImpl <em>Document Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.DocumentEntryImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getDocumentEntry()
	 * @generated
	 */
	int DOCUMENT_ENTRY = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__LANGUAGE = 2;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__MEDIA_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__ORIGIN = 4;

	/**
	 * The feature id for the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__PUBLISHED_AT = 5;

	/**
	 * The feature id for the '<em><b>Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__CHECKSUM = 6;

	/**
	 * The feature id for the '<em><b>Byte Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__BYTE_SIZE = 7;

	/**
	 * The feature id for the '<em><b>Annotation Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__ANNOTATION_COUNT = 8;

	/**
	 * The feature id for the '<em><b>Warnings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__WARNINGS = 9;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__PUBLISHER = 10;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY__DOCUMENT = 11;

	/**
	 * The number of structural features of the '<em>Document Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Document Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.DocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.DocumentImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getDocument()
	 * @generated
	 */
	int DOCUMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ORIGIN = 2;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__MEDIA_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__LANGUAGE = 4;

	/**
	 * The feature id for the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__PUBLISHED_AT = 5;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__AUTHORS = 6;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__PUBLISHER = 7;

	/**
	 * The feature id for the '<em><b>Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CHECKSUM = 8;

	/**
	 * The feature id for the '<em><b>Byte Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__BYTE_SIZE = 9;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TEXT = 10;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ANNOTATIONS = 11;

	/**
	 * The feature id for the '<em><b>References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__REFERENCES = 12;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.AnnotationImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__BEGIN = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__END = 2;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ORIGIN = 3;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CONFIDENCE = 4;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION___GET_COVERED_TEXT = 0;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.DateMentionImpl <em>Date Mention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.DateMentionImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getDateMention()
	 * @generated
	 */
	int DATE_MENTION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__VALUE = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Date Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Date Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.QuantityImpl <em>Quantity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.QuantityImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getQuantity()
	 * @generated
	 */
	int QUANTITY = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__VALUE = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__UNIT = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__KIND = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__TABLE = ANNOTATION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Quantity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Quantity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.CoordinateImpl <em>Coordinate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.CoordinateImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getCoordinate()
	 * @generated
	 */
	int COORDINATE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Lat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE__LAT = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Lon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE__LON = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Coordinate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Coordinate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.QuoteImpl <em>Quote</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.QuoteImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getQuote()
	 * @generated
	 */
	int QUOTE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Speaker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__SPEAKER = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Speech Verb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__SPEECH_VERB = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Quote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Quote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.MentionImpl <em>Mention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.MentionImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getMention()
	 * @generated
	 */
	int MENTION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__ENTITY = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.CitationImpl <em>Citation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.CitationImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getCitation()
	 * @generated
	 */
	int CITATION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__REFERENCE = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.ClaimMentionImpl <em>Claim Mention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.ClaimMentionImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getClaimMention()
	 * @generated
	 */
	int CLAIM_MENTION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_MENTION__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_MENTION__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_MENTION__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_MENTION__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_MENTION__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Claim</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_MENTION__CLAIM = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Claim Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_MENTION_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_MENTION___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Claim Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_MENTION_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.CodedSegmentImpl <em>Coded Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.CodedSegmentImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getCodedSegment()
	 * @generated
	 */
	int CODED_SEGMENT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_SEGMENT__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_SEGMENT__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_SEGMENT__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_SEGMENT__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_SEGMENT__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_SEGMENT__TAG = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Coded Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_SEGMENT_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_SEGMENT___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Coded Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_SEGMENT_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.CommentImpl <em>Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.CommentImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getComment()
	 * @generated
	 */
	int COMMENT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__TEXT = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.TableRegionImpl <em>Table Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.TableRegionImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getTableRegion()
	 * @generated
	 */
	int TABLE_REGION = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_REGION__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_REGION__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_REGION__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_REGION__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_REGION__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_REGION__LABEL = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Body Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_REGION__BODY_BEGIN = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Row Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_REGION__ROW_COUNT = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Column Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_REGION__COLUMN_COUNT = ANNOTATION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Table Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_REGION_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_REGION___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The operation id for the '<em>Get Caption</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_REGION___GET_CAPTION = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Table Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_REGION_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.DuplicatePassageImpl <em>Duplicate Passage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.DuplicatePassageImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getDuplicatePassage()
	 * @generated
	 */
	int DUPLICATE_PASSAGE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_PASSAGE__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_PASSAGE__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_PASSAGE__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_PASSAGE__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_PASSAGE__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>First Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_PASSAGE__FIRST_BEGIN = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>First End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_PASSAGE__FIRST_END = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Duplicate Passage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_PASSAGE_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_PASSAGE___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Duplicate Passage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_PASSAGE_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.LanguageSpanImpl <em>Language Span</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.LanguageSpanImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getLanguageSpan()
	 * @generated
	 */
	int LANGUAGE_SPAN = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_SPAN__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_SPAN__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_SPAN__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_SPAN__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_SPAN__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_SPAN__LANGUAGE = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Language Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_SPAN_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Covered Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_SPAN___GET_COVERED_TEXT = ANNOTATION___GET_COVERED_TEXT;

	/**
	 * The number of operations of the '<em>Language Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_SPAN_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.EntityImpl <em>Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.EntityImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getEntity()
	 * @generated
	 */
	int ENTITY = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__KIND = 2;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ALIASES = 3;

	/**
	 * The feature id for the '<em><b>Lat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__LAT = 4;

	/**
	 * The feature id for the '<em><b>Lon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__LON = 5;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__EXTERNAL_IDS = 6;

	/**
	 * The number of structural features of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.ClaimImpl <em>Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.ClaimImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getClaim()
	 * @generated
	 */
	int CLAIM = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ID = 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__STATEMENT = 1;

	/**
	 * The feature id for the '<em><b>Claimant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CLAIMANT = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__DATE = 3;

	/**
	 * The feature id for the '<em><b>Credibility</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CREDIBILITY = 4;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__VERDICT = 5;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__EVIDENCE = 6;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__TAGS = 7;

	/**
	 * The number of structural features of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.EvidenceLinkImpl <em>Evidence Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.EvidenceLinkImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getEvidenceLink()
	 * @generated
	 */
	int EVIDENCE_LINK = 18;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__RELATION = 0;

	/**
	 * The feature id for the '<em><b>Annotation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__ANNOTATION = 1;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__DOCUMENT = 2;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__REFERENCE = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__NOTE = 4;

	/**
	 * The number of structural features of the '<em>Evidence Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Get Target</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK___GET_TARGET = 0;

	/**
	 * The number of operations of the '<em>Evidence Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.SourceImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__RELIABILITY = 3;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NOTES = 4;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.ReferenceImpl <em>Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.ReferenceImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getReference()
	 * @generated
	 */
	int REFERENCE = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__BEGIN = 3;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__END = 4;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__URL = 5;

	/**
	 * The feature id for the '<em><b>Doi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__DOI = 6;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__TITLE = 7;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__AUTHORS = 8;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__YEAR = 9;

	/**
	 * The feature id for the '<em><b>Resolved Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__RESOLVED_DOCUMENT = 10;

	/**
	 * The number of structural features of the '<em>Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.TagImpl <em>Tag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.TagImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getTag()
	 * @generated
	 */
	int TAG = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__COLOR = 3;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__CHILDREN = 4;

	/**
	 * The number of structural features of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.impl.NoteImpl
	 * @see org.dossier.model.impl.DossierPackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__CREATED = 3;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dossier.model.QuantityKind <em>Quantity Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.QuantityKind
	 * @see org.dossier.model.impl.DossierPackageImpl#getQuantityKind()
	 * @generated
	 */
	int QUANTITY_KIND = 23;

	/**
	 * The meta object id for the '{@link org.dossier.model.EntityKind <em>Entity Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.EntityKind
	 * @see org.dossier.model.impl.DossierPackageImpl#getEntityKind()
	 * @generated
	 */
	int ENTITY_KIND = 24;

	/**
	 * The meta object id for the '{@link org.dossier.model.Credibility <em>Credibility</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.Credibility
	 * @see org.dossier.model.impl.DossierPackageImpl#getCredibility()
	 * @generated
	 */
	int CREDIBILITY = 25;

	/**
	 * The meta object id for the '{@link org.dossier.model.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.Verdict
	 * @see org.dossier.model.impl.DossierPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 26;

	/**
	 * The meta object id for the '{@link org.dossier.model.EvidenceRelation <em>Evidence Relation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.EvidenceRelation
	 * @see org.dossier.model.impl.DossierPackageImpl#getEvidenceRelation()
	 * @generated
	 */
	int EVIDENCE_RELATION = 27;

	/**
	 * The meta object id for the '{@link org.dossier.model.SourceKind <em>Source Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.SourceKind
	 * @see org.dossier.model.impl.DossierPackageImpl#getSourceKind()
	 * @generated
	 */
	int SOURCE_KIND = 28;

	/**
	 * The meta object id for the '{@link org.dossier.model.Reliability <em>Reliability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dossier.model.Reliability
	 * @see org.dossier.model.impl.DossierPackageImpl#getReliability()
	 * @generated
	 */
	int RELIABILITY = 29;


	/**
	 * Returns the meta object for class '{@link org.dossier.model.Dossier <em>Dossier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dossier</em>'.
	 * @see org.dossier.model.Dossier
	 * @generated
	 */
	EClass getDossier();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Dossier#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dossier.model.Dossier#getName()
	 * @see #getDossier()
	 * @generated
	 */
	EAttribute getDossier_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Dossier#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.dossier.model.Dossier#getDescription()
	 * @see #getDossier()
	 * @generated
	 */
	EAttribute getDossier_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dossier.model.Dossier#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.dossier.model.Dossier#getDocuments()
	 * @see #getDossier()
	 * @generated
	 */
	EReference getDossier_Documents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dossier.model.Dossier#getEntities <em>Entities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entities</em>'.
	 * @see org.dossier.model.Dossier#getEntities()
	 * @see #getDossier()
	 * @generated
	 */
	EReference getDossier_Entities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dossier.model.Dossier#getClaims <em>Claims</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Claims</em>'.
	 * @see org.dossier.model.Dossier#getClaims()
	 * @see #getDossier()
	 * @generated
	 */
	EReference getDossier_Claims();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dossier.model.Dossier#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.dossier.model.Dossier#getSources()
	 * @see #getDossier()
	 * @generated
	 */
	EReference getDossier_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dossier.model.Dossier#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tags</em>'.
	 * @see org.dossier.model.Dossier#getTags()
	 * @see #getDossier()
	 * @generated
	 */
	EReference getDossier_Tags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dossier.model.Dossier#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.dossier.model.Dossier#getNotes()
	 * @see #getDossier()
	 * @generated
	 */
	EReference getDossier_Notes();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.DocumentEntry <em>Document Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Entry</em>'.
	 * @see org.dossier.model.DocumentEntry
	 * @generated
	 */
	EClass getDocumentEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.DocumentEntry#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.dossier.model.DocumentEntry#getId()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.DocumentEntry#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.dossier.model.DocumentEntry#getTitle()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.DocumentEntry#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.dossier.model.DocumentEntry#getLanguage()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.DocumentEntry#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.dossier.model.DocumentEntry#getMediaType()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.DocumentEntry#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.dossier.model.DocumentEntry#getOrigin()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.DocumentEntry#getPublishedAt <em>Published At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published At</em>'.
	 * @see org.dossier.model.DocumentEntry#getPublishedAt()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_PublishedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.DocumentEntry#getChecksum <em>Checksum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checksum</em>'.
	 * @see org.dossier.model.DocumentEntry#getChecksum()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Checksum();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.DocumentEntry#getByteSize <em>Byte Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Byte Size</em>'.
	 * @see org.dossier.model.DocumentEntry#getByteSize()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_ByteSize();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.DocumentEntry#getAnnotationCount <em>Annotation Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annotation Count</em>'.
	 * @see org.dossier.model.DocumentEntry#getAnnotationCount()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_AnnotationCount();

	/**
	 * Returns the meta object for the attribute list '{@link org.dossier.model.DocumentEntry#getWarnings <em>Warnings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Warnings</em>'.
	 * @see org.dossier.model.DocumentEntry#getWarnings()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EAttribute getDocumentEntry_Warnings();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.DocumentEntry#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Publisher</em>'.
	 * @see org.dossier.model.DocumentEntry#getPublisher()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EReference getDocumentEntry_Publisher();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.DocumentEntry#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.dossier.model.DocumentEntry#getDocument()
	 * @see #getDocumentEntry()
	 * @generated
	 */
	EReference getDocumentEntry_Document();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see org.dossier.model.Document
	 * @generated
	 */
	EClass getDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Document#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.dossier.model.Document#getId()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Document#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.dossier.model.Document#getTitle()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Document#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.dossier.model.Document#getOrigin()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Document#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.dossier.model.Document#getMediaType()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Document#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.dossier.model.Document#getLanguage()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Document#getPublishedAt <em>Published At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published At</em>'.
	 * @see org.dossier.model.Document#getPublishedAt()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_PublishedAt();

	/**
	 * Returns the meta object for the attribute list '{@link org.dossier.model.Document#getAuthors <em>Authors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Authors</em>'.
	 * @see org.dossier.model.Document#getAuthors()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Authors();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.Document#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Publisher</em>'.
	 * @see org.dossier.model.Document#getPublisher()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Document#getChecksum <em>Checksum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checksum</em>'.
	 * @see org.dossier.model.Document#getChecksum()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Checksum();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Document#getByteSize <em>Byte Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Byte Size</em>'.
	 * @see org.dossier.model.Document#getByteSize()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_ByteSize();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Document#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.dossier.model.Document#getText()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Text();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dossier.model.Document#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.dossier.model.Document#getAnnotations()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Annotations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dossier.model.Document#getReferences <em>References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>References</em>'.
	 * @see org.dossier.model.Document#getReferences()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_References();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.dossier.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Annotation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.dossier.model.Annotation#getId()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Annotation#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.dossier.model.Annotation#getBegin()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Annotation#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.dossier.model.Annotation#getEnd()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_End();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Annotation#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.dossier.model.Annotation#getOrigin()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Annotation#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.dossier.model.Annotation#getConfidence()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Confidence();

	/**
	 * Returns the meta object for the '{@link org.dossier.model.Annotation#getCoveredText() <em>Get Covered Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Covered Text</em>' operation.
	 * @see org.dossier.model.Annotation#getCoveredText()
	 * @generated
	 */
	EOperation getAnnotation__GetCoveredText();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.DateMention <em>Date Mention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Date Mention</em>'.
	 * @see org.dossier.model.DateMention
	 * @generated
	 */
	EClass getDateMention();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.DateMention#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.dossier.model.DateMention#getValue()
	 * @see #getDateMention()
	 * @generated
	 */
	EAttribute getDateMention_Value();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Quantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quantity</em>'.
	 * @see org.dossier.model.Quantity
	 * @generated
	 */
	EClass getQuantity();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Quantity#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.dossier.model.Quantity#getValue()
	 * @see #getQuantity()
	 * @generated
	 */
	EAttribute getQuantity_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Quantity#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.dossier.model.Quantity#getUnit()
	 * @see #getQuantity()
	 * @generated
	 */
	EAttribute getQuantity_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Quantity#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dossier.model.Quantity#getKind()
	 * @see #getQuantity()
	 * @generated
	 */
	EAttribute getQuantity_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.Quantity#getTable <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Table</em>'.
	 * @see org.dossier.model.Quantity#getTable()
	 * @see #getQuantity()
	 * @generated
	 */
	EReference getQuantity_Table();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Coordinate <em>Coordinate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coordinate</em>'.
	 * @see org.dossier.model.Coordinate
	 * @generated
	 */
	EClass getCoordinate();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Coordinate#getLat <em>Lat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lat</em>'.
	 * @see org.dossier.model.Coordinate#getLat()
	 * @see #getCoordinate()
	 * @generated
	 */
	EAttribute getCoordinate_Lat();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Coordinate#getLon <em>Lon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lon</em>'.
	 * @see org.dossier.model.Coordinate#getLon()
	 * @see #getCoordinate()
	 * @generated
	 */
	EAttribute getCoordinate_Lon();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Quote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quote</em>'.
	 * @see org.dossier.model.Quote
	 * @generated
	 */
	EClass getQuote();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.Quote#getSpeaker <em>Speaker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Speaker</em>'.
	 * @see org.dossier.model.Quote#getSpeaker()
	 * @see #getQuote()
	 * @generated
	 */
	EReference getQuote_Speaker();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Quote#getSpeechVerb <em>Speech Verb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speech Verb</em>'.
	 * @see org.dossier.model.Quote#getSpeechVerb()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_SpeechVerb();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Mention <em>Mention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mention</em>'.
	 * @see org.dossier.model.Mention
	 * @generated
	 */
	EClass getMention();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.Mention#getEntity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Entity</em>'.
	 * @see org.dossier.model.Mention#getEntity()
	 * @see #getMention()
	 * @generated
	 */
	EReference getMention_Entity();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Citation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Citation</em>'.
	 * @see org.dossier.model.Citation
	 * @generated
	 */
	EClass getCitation();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.Citation#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reference</em>'.
	 * @see org.dossier.model.Citation#getReference()
	 * @see #getCitation()
	 * @generated
	 */
	EReference getCitation_Reference();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.ClaimMention <em>Claim Mention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim Mention</em>'.
	 * @see org.dossier.model.ClaimMention
	 * @generated
	 */
	EClass getClaimMention();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.ClaimMention#getClaim <em>Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Claim</em>'.
	 * @see org.dossier.model.ClaimMention#getClaim()
	 * @see #getClaimMention()
	 * @generated
	 */
	EReference getClaimMention_Claim();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.CodedSegment <em>Coded Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coded Segment</em>'.
	 * @see org.dossier.model.CodedSegment
	 * @generated
	 */
	EClass getCodedSegment();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.CodedSegment#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Tag</em>'.
	 * @see org.dossier.model.CodedSegment#getTag()
	 * @see #getCodedSegment()
	 * @generated
	 */
	EReference getCodedSegment_Tag();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Comment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comment</em>'.
	 * @see org.dossier.model.Comment
	 * @generated
	 */
	EClass getComment();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Comment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.dossier.model.Comment#getText()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Text();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.TableRegion <em>Table Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Table Region</em>'.
	 * @see org.dossier.model.TableRegion
	 * @generated
	 */
	EClass getTableRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.TableRegion#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.dossier.model.TableRegion#getLabel()
	 * @see #getTableRegion()
	 * @generated
	 */
	EAttribute getTableRegion_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.TableRegion#getBodyBegin <em>Body Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body Begin</em>'.
	 * @see org.dossier.model.TableRegion#getBodyBegin()
	 * @see #getTableRegion()
	 * @generated
	 */
	EAttribute getTableRegion_BodyBegin();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.TableRegion#getRowCount <em>Row Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row Count</em>'.
	 * @see org.dossier.model.TableRegion#getRowCount()
	 * @see #getTableRegion()
	 * @generated
	 */
	EAttribute getTableRegion_RowCount();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.TableRegion#getColumnCount <em>Column Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column Count</em>'.
	 * @see org.dossier.model.TableRegion#getColumnCount()
	 * @see #getTableRegion()
	 * @generated
	 */
	EAttribute getTableRegion_ColumnCount();

	/**
	 * Returns the meta object for the '{@link org.dossier.model.TableRegion#getCaption() <em>Get Caption</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Caption</em>' operation.
	 * @see org.dossier.model.TableRegion#getCaption()
	 * @generated
	 */
	EOperation getTableRegion__GetCaption();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.DuplicatePassage <em>Duplicate Passage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Duplicate Passage</em>'.
	 * @see org.dossier.model.DuplicatePassage
	 * @generated
	 */
	EClass getDuplicatePassage();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.DuplicatePassage#getFirstBegin <em>First Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Begin</em>'.
	 * @see org.dossier.model.DuplicatePassage#getFirstBegin()
	 * @see #getDuplicatePassage()
	 * @generated
	 */
	EAttribute getDuplicatePassage_FirstBegin();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.DuplicatePassage#getFirstEnd <em>First End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First End</em>'.
	 * @see org.dossier.model.DuplicatePassage#getFirstEnd()
	 * @see #getDuplicatePassage()
	 * @generated
	 */
	EAttribute getDuplicatePassage_FirstEnd();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.LanguageSpan <em>Language Span</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Language Span</em>'.
	 * @see org.dossier.model.LanguageSpan
	 * @generated
	 */
	EClass getLanguageSpan();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.LanguageSpan#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.dossier.model.LanguageSpan#getLanguage()
	 * @see #getLanguageSpan()
	 * @generated
	 */
	EAttribute getLanguageSpan_Language();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity</em>'.
	 * @see org.dossier.model.Entity
	 * @generated
	 */
	EClass getEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Entity#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.dossier.model.Entity#getId()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Entity#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dossier.model.Entity#getName()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Entity#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dossier.model.Entity#getKind()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.dossier.model.Entity#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.dossier.model.Entity#getAliases()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Entity#getLat <em>Lat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lat</em>'.
	 * @see org.dossier.model.Entity#getLat()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Lat();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Entity#getLon <em>Lon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lon</em>'.
	 * @see org.dossier.model.Entity#getLon()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Lon();

	/**
	 * Returns the meta object for the attribute list '{@link org.dossier.model.Entity#getExternalIds <em>External Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>External Ids</em>'.
	 * @see org.dossier.model.Entity#getExternalIds()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_ExternalIds();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Claim <em>Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim</em>'.
	 * @see org.dossier.model.Claim
	 * @generated
	 */
	EClass getClaim();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Claim#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.dossier.model.Claim#getId()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Claim#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.dossier.model.Claim#getStatement()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Statement();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.Claim#getClaimant <em>Claimant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Claimant</em>'.
	 * @see org.dossier.model.Claim#getClaimant()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Claimant();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Claim#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.dossier.model.Claim#getDate()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Claim#getCredibility <em>Credibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credibility</em>'.
	 * @see org.dossier.model.Claim#getCredibility()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Credibility();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Claim#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.dossier.model.Claim#getVerdict()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Verdict();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dossier.model.Claim#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.dossier.model.Claim#getEvidence()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Evidence();

	/**
	 * Returns the meta object for the reference list '{@link org.dossier.model.Claim#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tags</em>'.
	 * @see org.dossier.model.Claim#getTags()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Tags();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.EvidenceLink <em>Evidence Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Link</em>'.
	 * @see org.dossier.model.EvidenceLink
	 * @generated
	 */
	EClass getEvidenceLink();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.EvidenceLink#getRelation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relation</em>'.
	 * @see org.dossier.model.EvidenceLink#getRelation()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EAttribute getEvidenceLink_Relation();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.EvidenceLink#getAnnotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Annotation</em>'.
	 * @see org.dossier.model.EvidenceLink#getAnnotation()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EReference getEvidenceLink_Annotation();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.EvidenceLink#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.dossier.model.EvidenceLink#getDocument()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EReference getEvidenceLink_Document();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.EvidenceLink#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reference</em>'.
	 * @see org.dossier.model.EvidenceLink#getReference()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EReference getEvidenceLink_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.EvidenceLink#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.dossier.model.EvidenceLink#getNote()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EAttribute getEvidenceLink_Note();

	/**
	 * Returns the meta object for the '{@link org.dossier.model.EvidenceLink#getTarget() <em>Get Target</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Target</em>' operation.
	 * @see org.dossier.model.EvidenceLink#getTarget()
	 * @generated
	 */
	EOperation getEvidenceLink__GetTarget();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.dossier.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Source#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.dossier.model.Source#getId()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Source#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dossier.model.Source#getName()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Source#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dossier.model.Source#getKind()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Source#getReliability <em>Reliability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reliability</em>'.
	 * @see org.dossier.model.Source#getReliability()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Reliability();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Source#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.dossier.model.Source#getNotes()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Notes();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Reference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference</em>'.
	 * @see org.dossier.model.Reference
	 * @generated
	 */
	EClass getReference();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Reference#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.dossier.model.Reference#getId()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Reference#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.dossier.model.Reference#getLabel()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Reference#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.dossier.model.Reference#getText()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Reference#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.dossier.model.Reference#getBegin()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Reference#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.dossier.model.Reference#getEnd()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_End();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Reference#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.dossier.model.Reference#getUrl()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Reference#getDoi <em>Doi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Doi</em>'.
	 * @see org.dossier.model.Reference#getDoi()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Doi();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Reference#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.dossier.model.Reference#getTitle()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Title();

	/**
	 * Returns the meta object for the attribute list '{@link org.dossier.model.Reference#getAuthors <em>Authors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Authors</em>'.
	 * @see org.dossier.model.Reference#getAuthors()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Authors();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Reference#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.dossier.model.Reference#getYear()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Year();

	/**
	 * Returns the meta object for the reference '{@link org.dossier.model.Reference#getResolvedDocument <em>Resolved Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Resolved Document</em>'.
	 * @see org.dossier.model.Reference#getResolvedDocument()
	 * @see #getReference()
	 * @generated
	 */
	EReference getReference_ResolvedDocument();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Tag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag</em>'.
	 * @see org.dossier.model.Tag
	 * @generated
	 */
	EClass getTag();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Tag#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.dossier.model.Tag#getId()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Tag#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dossier.model.Tag#getName()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Tag#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.dossier.model.Tag#getDescription()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Tag#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.dossier.model.Tag#getColor()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Color();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dossier.model.Tag#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.dossier.model.Tag#getChildren()
	 * @see #getTag()
	 * @generated
	 */
	EReference getTag_Children();

	/**
	 * Returns the meta object for class '{@link org.dossier.model.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see org.dossier.model.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Note#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.dossier.model.Note#getId()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Note#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.dossier.model.Note#getTitle()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Note#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.dossier.model.Note#getText()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.dossier.model.Note#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.dossier.model.Note#getCreated()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Created();

	/**
	 * Returns the meta object for enum '{@link org.dossier.model.QuantityKind <em>Quantity Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quantity Kind</em>'.
	 * @see org.dossier.model.QuantityKind
	 * @generated
	 */
	EEnum getQuantityKind();

	/**
	 * Returns the meta object for enum '{@link org.dossier.model.EntityKind <em>Entity Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Entity Kind</em>'.
	 * @see org.dossier.model.EntityKind
	 * @generated
	 */
	EEnum getEntityKind();

	/**
	 * Returns the meta object for enum '{@link org.dossier.model.Credibility <em>Credibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Credibility</em>'.
	 * @see org.dossier.model.Credibility
	 * @generated
	 */
	EEnum getCredibility();

	/**
	 * Returns the meta object for enum '{@link org.dossier.model.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.dossier.model.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the meta object for enum '{@link org.dossier.model.EvidenceRelation <em>Evidence Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Relation</em>'.
	 * @see org.dossier.model.EvidenceRelation
	 * @generated
	 */
	EEnum getEvidenceRelation();

	/**
	 * Returns the meta object for enum '{@link org.dossier.model.SourceKind <em>Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Kind</em>'.
	 * @see org.dossier.model.SourceKind
	 * @generated
	 */
	EEnum getSourceKind();

	/**
	 * Returns the meta object for enum '{@link org.dossier.model.Reliability <em>Reliability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reliability</em>'.
	 * @see org.dossier.model.Reliability
	 * @generated
	 */
	EEnum getReliability();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DossierFactory getDossierFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.DossierImpl <em>Dossier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.DossierImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getDossier()
		 * @generated
		 */
		EClass DOSSIER = eINSTANCE.getDossier();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSSIER__NAME = eINSTANCE.getDossier_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSSIER__DESCRIPTION = eINSTANCE.getDossier_Description();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSSIER__DOCUMENTS = eINSTANCE.getDossier_Documents();

		/**
		 * The meta object literal for the '<em><b>Entities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSSIER__ENTITIES = eINSTANCE.getDossier_Entities();

		/**
		 * The meta object literal for the '<em><b>Claims</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSSIER__CLAIMS = eINSTANCE.getDossier_Claims();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSSIER__SOURCES = eINSTANCE.getDossier_Sources();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSSIER__TAGS = eINSTANCE.getDossier_Tags();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSSIER__NOTES = eINSTANCE.getDossier_Notes();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.DocumentEntryImpl <em>Document Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.DocumentEntryImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getDocumentEntry()
		 * @generated
		 */
		EClass DOCUMENT_ENTRY = eINSTANCE.getDocumentEntry();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__ID = eINSTANCE.getDocumentEntry_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__TITLE = eINSTANCE.getDocumentEntry_Title();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__LANGUAGE = eINSTANCE.getDocumentEntry_Language();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__MEDIA_TYPE = eINSTANCE.getDocumentEntry_MediaType();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__ORIGIN = eINSTANCE.getDocumentEntry_Origin();

		/**
		 * The meta object literal for the '<em><b>Published At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__PUBLISHED_AT = eINSTANCE.getDocumentEntry_PublishedAt();

		/**
		 * The meta object literal for the '<em><b>Checksum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__CHECKSUM = eINSTANCE.getDocumentEntry_Checksum();

		/**
		 * The meta object literal for the '<em><b>Byte Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__BYTE_SIZE = eINSTANCE.getDocumentEntry_ByteSize();

		/**
		 * The meta object literal for the '<em><b>Annotation Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__ANNOTATION_COUNT = eINSTANCE.getDocumentEntry_AnnotationCount();

		/**
		 * The meta object literal for the '<em><b>Warnings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ENTRY__WARNINGS = eINSTANCE.getDocumentEntry_Warnings();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_ENTRY__PUBLISHER = eINSTANCE.getDocumentEntry_Publisher();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_ENTRY__DOCUMENT = eINSTANCE.getDocumentEntry_Document();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.DocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.DocumentImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getDocument()
		 * @generated
		 */
		EClass DOCUMENT = eINSTANCE.getDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__ID = eINSTANCE.getDocument_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TITLE = eINSTANCE.getDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__ORIGIN = eINSTANCE.getDocument_Origin();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__MEDIA_TYPE = eINSTANCE.getDocument_MediaType();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__LANGUAGE = eINSTANCE.getDocument_Language();

		/**
		 * The meta object literal for the '<em><b>Published At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__PUBLISHED_AT = eINSTANCE.getDocument_PublishedAt();

		/**
		 * The meta object literal for the '<em><b>Authors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__AUTHORS = eINSTANCE.getDocument_Authors();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__PUBLISHER = eINSTANCE.getDocument_Publisher();

		/**
		 * The meta object literal for the '<em><b>Checksum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__CHECKSUM = eINSTANCE.getDocument_Checksum();

		/**
		 * The meta object literal for the '<em><b>Byte Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__BYTE_SIZE = eINSTANCE.getDocument_ByteSize();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TEXT = eINSTANCE.getDocument_Text();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__ANNOTATIONS = eINSTANCE.getDocument_Annotations();

		/**
		 * The meta object literal for the '<em><b>References</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__REFERENCES = eINSTANCE.getDocument_References();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.AnnotationImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ID = eINSTANCE.getAnnotation_Id();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__BEGIN = eINSTANCE.getAnnotation_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__END = eINSTANCE.getAnnotation_End();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ORIGIN = eINSTANCE.getAnnotation_Origin();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CONFIDENCE = eINSTANCE.getAnnotation_Confidence();

		/**
		 * The meta object literal for the '<em><b>Get Covered Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ANNOTATION___GET_COVERED_TEXT = eINSTANCE.getAnnotation__GetCoveredText();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.DateMentionImpl <em>Date Mention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.DateMentionImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getDateMention()
		 * @generated
		 */
		EClass DATE_MENTION = eINSTANCE.getDateMention();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATE_MENTION__VALUE = eINSTANCE.getDateMention_Value();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.QuantityImpl <em>Quantity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.QuantityImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getQuantity()
		 * @generated
		 */
		EClass QUANTITY = eINSTANCE.getQuantity();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY__VALUE = eINSTANCE.getQuantity_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY__UNIT = eINSTANCE.getQuantity_Unit();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY__KIND = eINSTANCE.getQuantity_Kind();

		/**
		 * The meta object literal for the '<em><b>Table</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUANTITY__TABLE = eINSTANCE.getQuantity_Table();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.CoordinateImpl <em>Coordinate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.CoordinateImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getCoordinate()
		 * @generated
		 */
		EClass COORDINATE = eINSTANCE.getCoordinate();

		/**
		 * The meta object literal for the '<em><b>Lat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COORDINATE__LAT = eINSTANCE.getCoordinate_Lat();

		/**
		 * The meta object literal for the '<em><b>Lon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COORDINATE__LON = eINSTANCE.getCoordinate_Lon();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.QuoteImpl <em>Quote</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.QuoteImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getQuote()
		 * @generated
		 */
		EClass QUOTE = eINSTANCE.getQuote();

		/**
		 * The meta object literal for the '<em><b>Speaker</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUOTE__SPEAKER = eINSTANCE.getQuote_Speaker();

		/**
		 * The meta object literal for the '<em><b>Speech Verb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__SPEECH_VERB = eINSTANCE.getQuote_SpeechVerb();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.MentionImpl <em>Mention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.MentionImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getMention()
		 * @generated
		 */
		EClass MENTION = eINSTANCE.getMention();

		/**
		 * The meta object literal for the '<em><b>Entity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MENTION__ENTITY = eINSTANCE.getMention_Entity();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.CitationImpl <em>Citation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.CitationImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getCitation()
		 * @generated
		 */
		EClass CITATION = eINSTANCE.getCitation();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CITATION__REFERENCE = eINSTANCE.getCitation_Reference();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.ClaimMentionImpl <em>Claim Mention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.ClaimMentionImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getClaimMention()
		 * @generated
		 */
		EClass CLAIM_MENTION = eINSTANCE.getClaimMention();

		/**
		 * The meta object literal for the '<em><b>Claim</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM_MENTION__CLAIM = eINSTANCE.getClaimMention_Claim();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.CodedSegmentImpl <em>Coded Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.CodedSegmentImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getCodedSegment()
		 * @generated
		 */
		EClass CODED_SEGMENT = eINSTANCE.getCodedSegment();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODED_SEGMENT__TAG = eINSTANCE.getCodedSegment_Tag();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.CommentImpl <em>Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.CommentImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getComment()
		 * @generated
		 */
		EClass COMMENT = eINSTANCE.getComment();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__TEXT = eINSTANCE.getComment_Text();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.TableRegionImpl <em>Table Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.TableRegionImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getTableRegion()
		 * @generated
		 */
		EClass TABLE_REGION = eINSTANCE.getTableRegion();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_REGION__LABEL = eINSTANCE.getTableRegion_Label();

		/**
		 * The meta object literal for the '<em><b>Body Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_REGION__BODY_BEGIN = eINSTANCE.getTableRegion_BodyBegin();

		/**
		 * The meta object literal for the '<em><b>Row Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_REGION__ROW_COUNT = eINSTANCE.getTableRegion_RowCount();

		/**
		 * The meta object literal for the '<em><b>Column Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_REGION__COLUMN_COUNT = eINSTANCE.getTableRegion_ColumnCount();

		/**
		 * The meta object literal for the '<em><b>Get Caption</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TABLE_REGION___GET_CAPTION = eINSTANCE.getTableRegion__GetCaption();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.DuplicatePassageImpl <em>Duplicate Passage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.DuplicatePassageImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getDuplicatePassage()
		 * @generated
		 */
		EClass DUPLICATE_PASSAGE = eINSTANCE.getDuplicatePassage();

		/**
		 * The meta object literal for the '<em><b>First Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUPLICATE_PASSAGE__FIRST_BEGIN = eINSTANCE.getDuplicatePassage_FirstBegin();

		/**
		 * The meta object literal for the '<em><b>First End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUPLICATE_PASSAGE__FIRST_END = eINSTANCE.getDuplicatePassage_FirstEnd();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.LanguageSpanImpl <em>Language Span</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.LanguageSpanImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getLanguageSpan()
		 * @generated
		 */
		EClass LANGUAGE_SPAN = eINSTANCE.getLanguageSpan();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANGUAGE_SPAN__LANGUAGE = eINSTANCE.getLanguageSpan_Language();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.EntityImpl <em>Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.EntityImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getEntity()
		 * @generated
		 */
		EClass ENTITY = eINSTANCE.getEntity();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ID = eINSTANCE.getEntity_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__NAME = eINSTANCE.getEntity_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__KIND = eINSTANCE.getEntity_Kind();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ALIASES = eINSTANCE.getEntity_Aliases();

		/**
		 * The meta object literal for the '<em><b>Lat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__LAT = eINSTANCE.getEntity_Lat();

		/**
		 * The meta object literal for the '<em><b>Lon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__LON = eINSTANCE.getEntity_Lon();

		/**
		 * The meta object literal for the '<em><b>External Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__EXTERNAL_IDS = eINSTANCE.getEntity_ExternalIds();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.ClaimImpl <em>Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.ClaimImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getClaim()
		 * @generated
		 */
		EClass CLAIM = eINSTANCE.getClaim();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__ID = eINSTANCE.getClaim_Id();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__STATEMENT = eINSTANCE.getClaim_Statement();

		/**
		 * The meta object literal for the '<em><b>Claimant</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__CLAIMANT = eINSTANCE.getClaim_Claimant();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__DATE = eINSTANCE.getClaim_Date();

		/**
		 * The meta object literal for the '<em><b>Credibility</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__CREDIBILITY = eINSTANCE.getClaim_Credibility();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__VERDICT = eINSTANCE.getClaim_Verdict();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__EVIDENCE = eINSTANCE.getClaim_Evidence();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__TAGS = eINSTANCE.getClaim_Tags();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.EvidenceLinkImpl <em>Evidence Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.EvidenceLinkImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getEvidenceLink()
		 * @generated
		 */
		EClass EVIDENCE_LINK = eINSTANCE.getEvidenceLink();

		/**
		 * The meta object literal for the '<em><b>Relation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_LINK__RELATION = eINSTANCE.getEvidenceLink_Relation();

		/**
		 * The meta object literal for the '<em><b>Annotation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_LINK__ANNOTATION = eINSTANCE.getEvidenceLink_Annotation();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_LINK__DOCUMENT = eINSTANCE.getEvidenceLink_Document();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_LINK__REFERENCE = eINSTANCE.getEvidenceLink_Reference();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_LINK__NOTE = eINSTANCE.getEvidenceLink_Note();

		/**
		 * The meta object literal for the '<em><b>Get Target</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EVIDENCE_LINK___GET_TARGET = eINSTANCE.getEvidenceLink__GetTarget();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.SourceImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ID = eINSTANCE.getSource_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__NAME = eINSTANCE.getSource_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__KIND = eINSTANCE.getSource_Kind();

		/**
		 * The meta object literal for the '<em><b>Reliability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__RELIABILITY = eINSTANCE.getSource_Reliability();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__NOTES = eINSTANCE.getSource_Notes();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.ReferenceImpl <em>Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.ReferenceImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getReference()
		 * @generated
		 */
		EClass REFERENCE = eINSTANCE.getReference();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__ID = eINSTANCE.getReference_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__LABEL = eINSTANCE.getReference_Label();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__TEXT = eINSTANCE.getReference_Text();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__BEGIN = eINSTANCE.getReference_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__END = eINSTANCE.getReference_End();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__URL = eINSTANCE.getReference_Url();

		/**
		 * The meta object literal for the '<em><b>Doi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__DOI = eINSTANCE.getReference_Doi();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__TITLE = eINSTANCE.getReference_Title();

		/**
		 * The meta object literal for the '<em><b>Authors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__AUTHORS = eINSTANCE.getReference_Authors();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__YEAR = eINSTANCE.getReference_Year();

		/**
		 * The meta object literal for the '<em><b>Resolved Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERENCE__RESOLVED_DOCUMENT = eINSTANCE.getReference_ResolvedDocument();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.TagImpl <em>Tag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.TagImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getTag()
		 * @generated
		 */
		EClass TAG = eINSTANCE.getTag();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__ID = eINSTANCE.getTag_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__NAME = eINSTANCE.getTag_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__DESCRIPTION = eINSTANCE.getTag_Description();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__COLOR = eINSTANCE.getTag_Color();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAG__CHILDREN = eINSTANCE.getTag_Children();

		/**
		 * The meta object literal for the '{@link org.dossier.model.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.impl.NoteImpl
		 * @see org.dossier.model.impl.DossierPackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__ID = eINSTANCE.getNote_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TITLE = eINSTANCE.getNote_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEXT = eINSTANCE.getNote_Text();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__CREATED = eINSTANCE.getNote_Created();

		/**
		 * The meta object literal for the '{@link org.dossier.model.QuantityKind <em>Quantity Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.QuantityKind
		 * @see org.dossier.model.impl.DossierPackageImpl#getQuantityKind()
		 * @generated
		 */
		EEnum QUANTITY_KIND = eINSTANCE.getQuantityKind();

		/**
		 * The meta object literal for the '{@link org.dossier.model.EntityKind <em>Entity Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.EntityKind
		 * @see org.dossier.model.impl.DossierPackageImpl#getEntityKind()
		 * @generated
		 */
		EEnum ENTITY_KIND = eINSTANCE.getEntityKind();

		/**
		 * The meta object literal for the '{@link org.dossier.model.Credibility <em>Credibility</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.Credibility
		 * @see org.dossier.model.impl.DossierPackageImpl#getCredibility()
		 * @generated
		 */
		EEnum CREDIBILITY = eINSTANCE.getCredibility();

		/**
		 * The meta object literal for the '{@link org.dossier.model.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.Verdict
		 * @see org.dossier.model.impl.DossierPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '{@link org.dossier.model.EvidenceRelation <em>Evidence Relation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.EvidenceRelation
		 * @see org.dossier.model.impl.DossierPackageImpl#getEvidenceRelation()
		 * @generated
		 */
		EEnum EVIDENCE_RELATION = eINSTANCE.getEvidenceRelation();

		/**
		 * The meta object literal for the '{@link org.dossier.model.SourceKind <em>Source Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.SourceKind
		 * @see org.dossier.model.impl.DossierPackageImpl#getSourceKind()
		 * @generated
		 */
		EEnum SOURCE_KIND = eINSTANCE.getSourceKind();

		/**
		 * The meta object literal for the '{@link org.dossier.model.Reliability <em>Reliability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dossier.model.Reliability
		 * @see org.dossier.model.impl.DossierPackageImpl#getReliability()
		 * @generated
		 */
		EEnum RELIABILITY = eINSTANCE.getReliability();

	}

} //DossierPackage
