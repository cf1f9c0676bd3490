/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model.impl;

import java.util.Collection;

import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.DossierPackage;
import org.dossier.model.Source;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dossier.model.impl.DocumentEntryImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.dossier.model.impl.DocumentEntryImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.dossier.model.impl.DocumentEntryImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.dossier.model.impl.DocumentEntryImpl#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.dossier.model.impl.DocumentEntryImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.dossier.model.impl.DocumentEntryImpl#getPublishedAt <em>Published At</em>}</li>
 *   <li>{@link org.dossier.model.impl.DocumentEntryImpl#getChecksum <em>Checksum</em>}</li>
 *   <li>{@link org.dossier.model.impl.DocumentEntryImpl#getByteSize <em>Byte Size</em>}</li>
 *   <li>{@link org.dossier.model.impl.DocumentEntryImpl#getAnnotationCount <em>Annotation Count</em>}</li>
 *   <li>{@link org.dossier.model.impl.DocumentEntryImpl#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link org.dossier.model.impl.DocumentEntryImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.dossier.model.impl.DocumentEntryImpl#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentEntryImpl extends MinimalEObjectImpl.Container implements DocumentEntry {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMediaType() <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaType()
	 * @generated
	 * @ordered
	 */
	protected static final String MEDIA_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMediaType() <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaType()
	 * @generated
	 * @ordered
	 */
	protected String mediaType = MEDIA_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected String origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublishedAt() <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishedAt() <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedAt()
	 * @generated
	 * @ordered
	 */
	protected String publishedAt = PUBLISHED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getChecksum() <em>Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecksum()
	 * @generated
	 * @ordered
	 */
	protected static final String CHECKSUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChecksum() <em>Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecksum()
	 * @generated
	 * @ordered
	 */
	protected String checksum = CHECKSUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getByteSize() <em>Byte Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getByteSize()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTE_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getByteSize() <em>Byte Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getByteSize()
	 * @generated
	 * @ordered
	 */
	protected long byteSize = BYTE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnotationCount() <em>Annotation Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotationCount()
	 * @generated
	 * @ordered
	 */
	protected static final int ANNOTATION_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAnnotationCount() <em>Annotation Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotationCount()
	 * @generated
	 * @ordered
	 */
	protected int annotationCount = ANNOTATION_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWarnings() <em>Warnings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarnings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> warnings;

	/**
	 * The cached value of the '{@link #getPublisher() <em>Publisher</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected Source publisher;

	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected Document document;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DossierPackage.Literals.DOCUMENT_ENTRY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.DOCUMENT_ENTRY__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.DOCUMENT_ENTRY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.DOCUMENT_ENTRY__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMediaType() {
		return mediaType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMediaType(String newMediaType) {
		String oldMediaType = mediaType;
		mediaType = newMediaType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.DOCUMENT_ENTRY__MEDIA_TYPE, oldMediaType, mediaType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(String newOrigin) {
		String oldOrigin = origin;
		origin = newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.DOCUMENT_ENTRY__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublishedAt() {
		return publishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedAt(String newPublishedAt) {
		String oldPublishedAt = publishedAt;
		publishedAt = newPublishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.DOCUMENT_ENTRY__PUBLISHED_AT, oldPublishedAt, publishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChecksum() {
		return checksum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChecksum(String newChecksum) {
		String oldChecksum = checksum;
		checksum = newChecksum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.DOCUMENT_ENTRY__CHECKSUM, oldChecksum, checksum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getByteSize() {
		return byteSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setByteSize(long newByteSize) {
		long oldByteSize = byteSize;
		byteSize = newByteSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.DOCUMENT_ENTRY__BYTE_SIZE, oldByteSize, byteSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnnotationCount() {
		return annotationCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotationCount(int newAnnotationCount) {
		int oldAnnotationCount = annotationCount;
		annotationCount = newAnnotationCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.DOCUMENT_ENTRY__ANNOTATION_COUNT, oldAnnotationCount, annotationCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWarnings() {
		if (warnings == null) {
			warnings = new EDataTypeUniqueEList<String>(String.class, this, DossierPackage.DOCUMENT_ENTRY__WARNINGS);
		}
		return warnings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source getPublisher() {
		if (publisher != null && publisher.eIsProxy()) {
			InternalEObject oldPublisher = (InternalEObject)publisher;
			publisher = (Source)eResolveProxy(oldPublisher);
			if (publisher != oldPublisher) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DossierPackage.DOCUMENT_ENTRY__PUBLISHER, oldPublisher, publisher));
			}
		}
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Source basicGetPublisher() {
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisher(Source newPublisher) {
		Source oldPublisher = publisher;
		publisher = newPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.DOCUMENT_ENTRY__PUBLISHER, oldPublisher, publisher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document getDocument() {
		if (document != null && document.eIsProxy()) {
			InternalEObject oldDocument = (InternalEObject)document;
			document = (Document)eResolveProxy(oldDocument);
			if (document != oldDocument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DossierPackage.DOCUMENT_ENTRY__DOCUMENT, oldDocument, document));
			}
		}
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Document basicGetDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(Document newDocument) {
		Document oldDocument = document;
		document = newDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DossierPackage.DOCUMENT_ENTRY__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DossierPackage.DOCUMENT_ENTRY__ID:
				return getId();
			case DossierPackage.DOCUMENT_ENTRY__TITLE:
				return getTitle();
			case DossierPackage.DOCUMENT_ENTRY__LANGUAGE:
				return getLanguage();
			case DossierPackage.DOCUMENT_ENTRY__MEDIA_TYPE:
				return getMediaType();
			case DossierPackage.DOCUMENT_ENTRY__ORIGIN:
				return getOrigin();
			case DossierPackage.DOCUMENT_ENTRY__PUBLISHED_AT:
				return getPublishedAt();
			case DossierPackage.DOCUMENT_ENTRY__CHECKSUM:
				return getChecksum();
			case DossierPackage.DOCUMENT_ENTRY__BYTE_SIZE:
				return getByteSize();
			case DossierPackage.DOCUMENT_ENTRY__ANNOTATION_COUNT:
				return getAnnotationCount();
			case DossierPackage.DOCUMENT_ENTRY__WARNINGS:
				return getWarnings();
			case DossierPackage.DOCUMENT_ENTRY__PUBLISHER:
				if (resolve) return getPublisher();
				return basicGetPublisher();
			case DossierPackage.DOCUMENT_ENTRY__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
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
			case DossierPackage.DOCUMENT_ENTRY__ID:
				setId((String)newValue);
				return;
			case DossierPackage.DOCUMENT_ENTRY__TITLE:
				setTitle((String)newValue);
				return;
			case DossierPackage.DOCUMENT_ENTRY__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case DossierPackage.DOCUMENT_ENTRY__MEDIA_TYPE:
				setMediaType((String)newValue);
				return;
			case DossierPackage.DOCUMENT_ENTRY__ORIGIN:
				setOrigin((String)newValue);
				return;
			case DossierPackage.DOCUMENT_ENTRY__PUBLISHED_AT:
				setPublishedAt((String)newValue);
				return;
			case DossierPackage.DOCUMENT_ENTRY__CHECKSUM:
				setChecksum((String)newValue);
				return;
			case DossierPackage.DOCUMENT_ENTRY__BYTE_SIZE:
				setByteSize((Long)newValue);
				return;
			case DossierPackage.DOCUMENT_ENTRY__ANNOTATION_COUNT:
				setAnnotationCount((Integer)newValue);
				return;
			case DossierPackage.DOCUMENT_ENTRY__WARNINGS:
				getWarnings().clear();
				getWarnings().addAll((Collection<? extends String>)newValue);
				return;
			case DossierPackage.DOCUMENT_ENTRY__PUBLISHER:
				setPublisher((Source)newValue);
				return;
			case DossierPackage.DOCUMENT_ENTRY__DOCUMENT:
				setDocument((Document)newValue);
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
			case DossierPackage.DOCUMENT_ENTRY__ID:
				setId(ID_EDEFAULT);
				return;
			case DossierPackage.DOCUMENT_ENTRY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case DossierPackage.DOCUMENT_ENTRY__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case DossierPackage.DOCUMENT_ENTRY__MEDIA_TYPE:
				setMediaType(MEDIA_TYPE_EDEFAULT);
				return;
			case DossierPackage.DOCUMENT_ENTRY__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case DossierPackage.DOCUMENT_ENTRY__PUBLISHED_AT:
				setPublishedAt(PUBLISHED_AT_EDEFAULT);
				return;
			case DossierPackage.DOCUMENT_ENTRY__CHECKSUM:
				setChecksum(CHECKSUM_EDEFAULT);
				return;
			case DossierPackage.DOCUMENT_ENTRY__BYTE_SIZE:
				setByteSize(BYTE_SIZE_EDEFAULT);
				return;
			case DossierPackage.DOCUMENT_ENTRY__ANNOTATION_COUNT:
				setAnnotationCount(ANNOTATION_COUNT_EDEFAULT);
				return;
			case DossierPackage.DOCUMENT_ENTRY__WARNINGS:
				getWarnings().clear();
				return;
			case DossierPackage.DOCUMENT_ENTRY__PUBLISHER:
				setPublisher((Source)null);
				return;
			case DossierPackage.DOCUMENT_ENTRY__DOCUMENT:
				setDocument((Document)null);
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
			case DossierPackage.DOCUMENT_ENTRY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DossierPackage.DOCUMENT_ENTRY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case DossierPackage.DOCUMENT_ENTRY__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case DossierPackage.DOCUMENT_ENTRY__MEDIA_TYPE:
				return MEDIA_TYPE_EDEFAULT == null ? mediaType != null : !MEDIA_TYPE_EDEFAULT.equals(mediaType);
			case DossierPackage.DOCUMENT_ENTRY__ORIGIN:
				return ORIGIN_EDEFAULT == null ? origin != null : !ORIGIN_EDEFAULT.equals(origin);
			case DossierPackage.DOCUMENT_ENTRY__PUBLISHED_AT:
				return PUBLISHED_AT_EDEFAULT == null ? publishedAt != null : !PUBLISHED_AT_EDEFAULT.equals(publishedAt);
			case DossierPackage.DOCUMENT_ENTRY__CHECKSUM:
				return CHECKSUM_EDEFAULT == null ? checksum != null : !CHECKSUM_EDEFAULT.equals(checksum);
			case DossierPackage.DOCUMENT_ENTRY__BYTE_SIZE:
				return byteSize != BYTE_SIZE_EDEFAULT;
			case DossierPackage.DOCUMENT_ENTRY__ANNOTATION_COUNT:
				return annotationCount != ANNOTATION_COUNT_EDEFAULT;
			case DossierPackage.DOCUMENT_ENTRY__WARNINGS:
				return warnings != null && !warnings.isEmpty();
			case DossierPackage.DOCUMENT_ENTRY__PUBLISHER:
				return publisher != null;
			case DossierPackage.DOCUMENT_ENTRY__DOCUMENT:
				return document != null;
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
		result.append(", title: ");
		result.append(title);
		result.append(", language: ");
		result.append(language);
		result.append(", mediaType: ");
		result.append(mediaType);
		result.append(", origin: ");
		result.append(origin);
		result.append(", publishedAt: ");
		result.append(publishedAt);
		result.append(", checksum: ");
		result.append(checksum);
		result.append(", byteSize: ");
		result.append(byteSize);
		result.append(", annotationCount: ");
		result.append(annotationCount);
		result.append(", warnings: ");
		result.append(warnings);
		result.append(')');
		return result.toString();
	}

} //DocumentEntryImpl
