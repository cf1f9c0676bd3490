/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model.provider;


import java.util.Collection;
import java.util.List;

import org.dossier.model.Document;
import org.dossier.model.DossierFactory;
import org.dossier.model.DossierPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IChildCreationExtender;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.dossier.model.Document} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class DocumentItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addTitlePropertyDescriptor(object);
			addOriginPropertyDescriptor(object);
			addMediaTypePropertyDescriptor(object);
			addLanguagePropertyDescriptor(object);
			addPublishedAtPropertyDescriptor(object);
			addAuthorsPropertyDescriptor(object);
			addPublisherPropertyDescriptor(object);
			addChecksumPropertyDescriptor(object);
			addByteSizePropertyDescriptor(object);
			addTextPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Document_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Document_id_feature", "_UI_Document_type"),
				 DossierPackage.Literals.DOCUMENT__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Document_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Document_title_feature", "_UI_Document_type"),
				 DossierPackage.Literals.DOCUMENT__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Origin feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOriginPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Document_origin_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Document_origin_feature", "_UI_Document_type"),
				 DossierPackage.Literals.DOCUMENT__ORIGIN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Media Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMediaTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Document_mediaType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Document_mediaType_feature", "_UI_Document_type"),
				 DossierPackage.Literals.DOCUMENT__MEDIA_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Language feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLanguagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Document_language_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Document_language_feature", "_UI_Document_type"),
				 DossierPackage.Literals.DOCUMENT__LANGUAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Published At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublishedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Document_publishedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Document_publishedAt_feature", "_UI_Document_type"),
				 DossierPackage.Literals.DOCUMENT__PUBLISHED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Authors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Document_authors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Document_authors_feature", "_UI_Document_type"),
				 DossierPackage.Literals.DOCUMENT__AUTHORS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Publisher feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublisherPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Document_publisher_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Document_publisher_feature", "_UI_Document_type"),
				 DossierPackage.Literals.DOCUMENT__PUBLISHER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Checksum feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChecksumPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Document_checksum_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Document_checksum_feature", "_UI_Document_type"),
				 DossierPackage.Literals.DOCUMENT__CHECKSUM,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Byte Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addByteSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Document_byteSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Document_byteSize_feature", "_UI_Document_type"),
				 DossierPackage.Literals.DOCUMENT__BYTE_SIZE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Document_text_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Document_text_feature", "_UI_Document_type"),
				 DossierPackage.Literals.DOCUMENT__TEXT,
				 false,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(DossierPackage.Literals.DOCUMENT__ANNOTATIONS);
			childrenFeatures.add(DossierPackage.Literals.DOCUMENT__REFERENCES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Document.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Document"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Document)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_Document_type") :
			getString("_UI_Document_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Document.class)) {
			case DossierPackage.DOCUMENT__ID:
			case DossierPackage.DOCUMENT__TITLE:
			case DossierPackage.DOCUMENT__ORIGIN:
			case DossierPackage.DOCUMENT__MEDIA_TYPE:
			case DossierPackage.DOCUMENT__LANGUAGE:
			case DossierPackage.DOCUMENT__PUBLISHED_AT:
			case DossierPackage.DOCUMENT__AUTHORS:
			case DossierPackage.DOCUMENT__CHECKSUM:
			case DossierPackage.DOCUMENT__BYTE_SIZE:
			case DossierPackage.DOCUMENT__TEXT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case DossierPackage.DOCUMENT__ANNOTATIONS:
			case DossierPackage.DOCUMENT__REFERENCES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(DossierPackage.Literals.DOCUMENT__ANNOTATIONS,
				 DossierFactory.eINSTANCE.createDateMention()));

		newChildDescriptors.add
			(createChildParameter
				(DossierPackage.Literals.DOCUMENT__ANNOTATIONS,
				 DossierFactory.eINSTANCE.createQuantity()));

		newChildDescriptors.add
			(createChildParameter
				(DossierPackage.Literals.DOCUMENT__ANNOTATIONS,
				 DossierFactory.eINSTANCE.createCoordinate()));

		newChildDescriptors.add
			(createChildParameter
				(DossierPackage.Literals.DOCUMENT__ANNOTATIONS,
				 DossierFactory.eINSTANCE.createQuote()));

		newChildDescriptors.add
			(createChildParameter
				(DossierPackage.Literals.DOCUMENT__ANNOTATIONS,
				 DossierFactory.eINSTANCE.createMention()));

		newChildDescriptors.add
			(createChildParameter
				(DossierPackage.Literals.DOCUMENT__ANNOTATIONS,
				 DossierFactory.eINSTANCE.createCitation()));

		newChildDescriptors.add
			(createChildParameter
				(DossierPackage.Literals.DOCUMENT__ANNOTATIONS,
				 DossierFactory.eINSTANCE.createClaimMention()));

		newChildDescriptors.add
			(createChildParameter
				(DossierPackage.Literals.DOCUMENT__ANNOTATIONS,
				 DossierFactory.eINSTANCE.createCodedSegment()));

		newChildDescriptors.add
			(createChildParameter
				(DossierPackage.Literals.DOCUMENT__ANNOTATIONS,
				 DossierFactory.eINSTANCE.createComment()));

		newChildDescriptors.add
			(createChildParameter
				(DossierPackage.Literals.DOCUMENT__ANNOTATIONS,
				 DossierFactory.eINSTANCE.createTableRegion()));

		newChildDescriptors.add
			(createChildParameter
				(DossierPackage.Literals.DOCUMENT__ANNOTATIONS,
				 DossierFactory.eINSTANCE.createDuplicatePassage()));

		newChildDescriptors.add
			(createChildParameter
				(DossierPackage.Literals.DOCUMENT__ANNOTATIONS,
				 DossierFactory.eINSTANCE.createLanguageSpan()));

		newChildDescriptors.add
			(createChildParameter
				(DossierPackage.Literals.DOCUMENT__REFERENCES,
				 DossierFactory.eINSTANCE.createReference()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ((IChildCreationExtender)adapterFactory).getResourceLocator();
	}

}
