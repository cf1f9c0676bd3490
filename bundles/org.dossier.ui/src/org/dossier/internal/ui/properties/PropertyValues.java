package org.dossier.internal.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** Conversions between model values and the text a user types in the Properties view. */
final class PropertyValues {

	/** Separates the values of a many-valued attribute (aliases, authors) when shown as one text. */
	static final String SEPARATOR = "; ";

	private PropertyValues() {
	}

	/** The plain value behind EMF.Edit's property value wrapper. */
	static Object editable(Object owner, Object value) {
		return value instanceof IItemPropertySource source ? source.getEditableValue(owner) : value;
	}

	static String toText(EAttribute attribute, Object value) {
		if (value == null) {
			return "";
		}
		EDataType type = attribute.getEAttributeType();
		if (attribute.isMany() && value instanceof Collection<?> values) {
			List<String> texts = new ArrayList<>();
			for (Object element : values) {
				texts.add(EcoreUtil.convertToString(type, element));
			}
			return String.join(SEPARATOR, texts);
		}
		String text = EcoreUtil.convertToString(type, value);
		return text == null ? "" : text;
	}

	/**
	 * The value a text stands for.
	 *
	 * @throws IllegalArgumentException with a message for the user when the text is not such a value
	 */
	static Object fromText(EAttribute attribute, String text) {
		EDataType type = attribute.getEAttributeType();
		if (attribute.isMany()) {
			List<Object> values = new ArrayList<>();
			for (String part : text.split(";")) {
				if (!part.isBlank()) {
					values.add(convert(attribute, type, part.strip()));
				}
			}
			return values;
		}
		if (text.isBlank() && !type.getInstanceClass().isPrimitive()) {
			return null;
		}
		return convert(attribute, type, text.strip());
	}

	private static Object convert(EAttribute attribute, EDataType type, String text) {
		Object value;
		try {
			value = EcoreUtil.createFromString(type, text);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("'" + text + "' is not a valid " + describe(type));
		}
		if (value instanceof Double number && ("lat".equals(attribute.getName()) && Math.abs(number) > 90
				|| "lon".equals(attribute.getName()) && Math.abs(number) > 180)) {
			throw new IllegalArgumentException(attribute.getName() + " must lie within "
					+ ("lat".equals(attribute.getName()) ? "-90 and 90" : "-180 and 180") + " degrees");
		}
		if (value instanceof Double number && "confidence".equals(attribute.getName()) && (number < 0 || number > 1)) {
			throw new IllegalArgumentException("confidence must lie between 0 and 1");
		}
		return value;
	}

	private static String describe(EDataType type) {
		Class<?> instance = type.getInstanceClass();
		if (instance == int.class || instance == Integer.class || instance == long.class || instance == Long.class) {
			return "whole number";
		}
		if (instance == double.class || instance == Double.class || instance == float.class) {
			return "number (use a dot for decimals)";
		}
		return type.getName();
	}
}
