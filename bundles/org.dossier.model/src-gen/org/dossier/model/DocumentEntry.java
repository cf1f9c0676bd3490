/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A document's summary in the dossier index. Lists and the command line read the entry, never the document, so listing a dossier loads no document; the attributes copy those of the document and are refreshed when it is saved.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.DocumentEntry#getId <em>Id</em>}</li>
 *   <li>{@link org.dossier.model.DocumentEntry#getTitle <em>Title</em>}</li>
 *   <li>{@link org.dossier.model.DocumentEntry#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.dossier.model.DocumentEntry#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.dossier.model.DocumentEntry#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.dossier.model.DocumentEntry#getPublishedAt <em>Published At</em>}</li>
 *   <li>{@link org.dossier.model.DocumentEntry#getChecksum <em>Checksum</em>}</li>
 *   <li>{@link org.dossier.model.DocumentEntry#getByteSize <em>Byte Size</em>}</li>
 *   <li>{@link org.dossier.model.DocumentEntry#getAnnotationCount <em>Annotation Count</em>}</li>
 *   <li>{@link org.dossier.model.DocumentEntry#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link org.dossier.model.DocumentEntry#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.dossier.model.DocumentEntry#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @see org.dossier.model.DossierPackage#getDocumentEntry()
 * @model
 * @generated
 */
public interface DocumentEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the document, which is also the name of its file: documents/<id>.xmi.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.dossier.model.DossierPackage#getDocumentEntry_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.dossier.model.DocumentEntry#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.dossier.model.DossierPackage#getDocumentEntry_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.dossier.model.DocumentEntry#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.dossier.model.DossierPackage#getDocumentEntry_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.dossier.model.DocumentEntry#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Media Type</em>' attribute.
	 * @see #setMediaType(String)
	 * @see org.dossier.model.DossierPackage#getDocumentEntry_MediaType()
	 * @model
	 * @generated
	 */
	String getMediaType();

	/**
	 * Sets the value of the '{@link org.dossier.model.DocumentEntry#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Type</em>' attribute.
	 * @see #getMediaType()
	 * @generated
	 */
	void setMediaType(String value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see org.dossier.model.DossierPackage#getDocumentEntry_Origin()
	 * @model
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link org.dossier.model.DocumentEntry#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Published At</em>' attribute.
	 * @see #setPublishedAt(String)
	 * @see org.dossier.model.DossierPackage#getDocumentEntry_PublishedAt()
	 * @model
	 * @generated
	 */
	String getPublishedAt();

	/**
	 * Sets the value of the '{@link org.dossier.model.DocumentEntry#getPublishedAt <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published At</em>' attribute.
	 * @see #getPublishedAt()
	 * @generated
	 */
	void setPublishedAt(String value);

	/**
	 * Returns the value of the '<em><b>Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checksum</em>' attribute.
	 * @see #setChecksum(String)
	 * @see org.dossier.model.DossierPackage#getDocumentEntry_Checksum()
	 * @model
	 * @generated
	 */
	String getChecksum();

	/**
	 * Sets the value of the '{@link org.dossier.model.DocumentEntry#getChecksum <em>Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checksum</em>' attribute.
	 * @see #getChecksum()
	 * @generated
	 */
	void setChecksum(String value);

	/**
	 * Returns the value of the '<em><b>Byte Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Byte Size</em>' attribute.
	 * @see #setByteSize(long)
	 * @see org.dossier.model.DossierPackage#getDocumentEntry_ByteSize()
	 * @model
	 * @generated
	 */
	long getByteSize();

	/**
	 * Sets the value of the '{@link org.dossier.model.DocumentEntry#getByteSize <em>Byte Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Byte Size</em>' attribute.
	 * @see #getByteSize()
	 * @generated
	 */
	void setByteSize(long value);

	/**
	 * Returns the value of the '<em><b>Annotation Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotation Count</em>' attribute.
	 * @see #setAnnotationCount(int)
	 * @see org.dossier.model.DossierPackage#getDocumentEntry_AnnotationCount()
	 * @model
	 * @generated
	 */
	int getAnnotationCount();

	/**
	 * Sets the value of the '{@link org.dossier.model.DocumentEntry#getAnnotationCount <em>Annotation Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotation Count</em>' attribute.
	 * @see #getAnnotationCount()
	 * @generated
	 */
	void setAnnotationCount(int value);

	/**
	 * Returns the value of the '<em><b>Warnings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What went wrong while the document was imported, one sentence each: an extractor that failed or reported a problem. The document was kept; what the failing extractor would have found is missing from it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Warnings</em>' attribute list.
	 * @see org.dossier.model.DossierPackage#getDocumentEntry_Warnings()
	 * @model
	 * @generated
	 */
	EList<String> getWarnings();

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who published the document (Document.publisher), kept in the index so that lists can group documents by source without loading them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publisher</em>' reference.
	 * @see #setPublisher(Source)
	 * @see org.dossier.model.DossierPackage#getDocumentEntry_Publisher()
	 * @model
	 * @generated
	 */
	Source getPublisher();

	/**
	 * Sets the value of the '{@link org.dossier.model.DocumentEntry#getPublisher <em>Publisher</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' reference.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(Source value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The full document, root of its own resource; a proxy until first used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(Document)
	 * @see org.dossier.model.DossierPackage#getDocumentEntry_Document()
	 * @model
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.dossier.model.DocumentEntry#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

} // DocumentEntry
