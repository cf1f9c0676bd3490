package org.dossier.doc.tests;

import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

/**
 * The generator of the extension point reference: an extension point schema (.exsd) through
 * {@code reference/exsd-to-html.xsl} of the doc bundle, with the JDK's XSLT processor.
 */
final class ExtensionPointPages {

	static final String STYLESHEET = "reference/exsd-to-html.xsl";

	private ExtensionPointPages() {
	}

	/**
	 * @param source how the page names its schema: {@code org.dossier.core/schema/importers.exsd}
	 * @return the page, with {@code \n} line ends whatever the platform
	 */
	static String generate(Path docBundle, URL schema, String source) throws Exception {
		TransformerFactory factory = TransformerFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		Transformer transformer = factory.newTransformer(new StreamSource(docBundle.resolve(STYLESHEET).toFile()));
		transformer.setParameter("source", source);
		StringWriter page = new StringWriter();
		try (InputStream in = schema.openStream()) {
			transformer.transform(new StreamSource(in, schema.toExternalForm()), new StreamResult(page));
		} catch (TransformerException e) {
			throw new IllegalStateException(source + ": " + e.getMessageAndLocation(), e);
		}
		return page.toString().replace("\r\n", "\n");
	}
}
