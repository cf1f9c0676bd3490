package org.dossier.internal.core.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * Load and save options for dossier files. Loading never reads a DTD or resolves an external entity
 * (XXE), so an untrusted dossier cannot read local files or reach the network while being parsed.
 */
public final class XmlSafety {

	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

	private XmlSafety() {
	}

	public static Map<Object, Object> loadOptions() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		return options;
	}

	/**
	 * Options for saving, for one thread: they hold the lookup table EMF fills on the first save and reuses
	 * on the next ones, which spares working out again how to write each class of object, and the relative
	 * forms of the files that documents refer to (every mention names an entity of the index).
	 */
	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		options.put(XMLResource.OPTION_URI_HANDLER, new RelativeFiles());
		return options;
	}

	/**
	 * Writes references to other files relative to the file being saved, as EMF does by default, working out
	 * the relative form of each file once per save rather than once per reference.
	 */
	private static final class RelativeFiles extends URIHandlerImpl {

		private final Map<URI, URI> relativeFiles = new HashMap<>();

		@Override
		public void setBaseURI(URI uri) {
			if (uri == null || !uri.equals(baseURI)) {
				relativeFiles.clear();
			}
			super.setBaseURI(uri);
		}

		@Override
		public URI deresolve(URI uri) {
			if (!uri.hasFragment() || baseURI == null) {
				return super.deresolve(uri);
			}
			URI file = relativeFiles.computeIfAbsent(uri.trimFragment(), super::deresolve);
			return file.appendFragment(uri.fragment());
		}
	}
}
