package org.dossier.core.exporting;

import org.dossier.core.store.DossierStore;
import org.dossier.model.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The ids of linked objects, read without resolving proxies: a link into a document that is not
 * loaded names its target by URI ({@code documents/<document id>.xmi#<id>}), and resolving it
 * would load the whole document.
 */
public final class LinkIds {

	private LinkIds() {
	}

	/**
	 * The id of an object, or of the object a proxy stands for. An object without an id is named as
	 * EMF addresses it, by its path in its file, which is also what links to it hold.
	 */
	public static String id(EObject object) {
		if (object == null) {
			return null;
		}
		if (object.eIsProxy()) {
			return ((InternalEObject) object).eProxyURI().fragment();
		}
		String id = EcoreUtil.getID(object);
		return id != null ? id : EcoreUtil.getURI(object).fragment();
	}

	/** The id of the document an object (a document, an annotation, a reference) is or is in. */
	public static String documentId(EObject object) {
		if (object == null) {
			return null;
		}
		if (object.eIsProxy()) {
			URI file = ((InternalEObject) object).eProxyURI().trimFragment();
			String name = file.lastSegment();
			return name != null && name.endsWith(DossierStore.DOCUMENT_EXTENSION)
					? URI.decode(name.substring(0, name.length() - DossierStore.DOCUMENT_EXTENSION.length()))
					: null;
		}
		return EcoreUtil.getRootContainer(object) instanceof Document document ? document.getId() : null;
	}
}
