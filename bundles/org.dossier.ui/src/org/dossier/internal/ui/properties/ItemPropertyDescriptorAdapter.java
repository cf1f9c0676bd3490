package org.dossier.internal.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dossier.ui.DossierSession;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One editable field in the Properties view: a text field for text and numbers (checked as typed),
 * a drop-down for enumerations and links (the item provider's choice of values).
 */
final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;

	ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
		this.object = object;
		this.descriptor = descriptor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object) || !editable()) {
			return null;
		}
		Object feature = descriptor.getFeature(object);
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (choices != null && !(feature instanceof EAttribute attribute && attribute.isMany())) {
			return choiceEditor(parent, new ArrayList<>(choices));
		}
		if (feature instanceof EAttribute attribute) {
			if (attribute.getEAttributeType() instanceof EEnum) {
				return choiceEditor(parent, new ArrayList<>(((EEnum) attribute.getEAttributeType()).getELiterals().stream()
						.map(literal -> literal.getInstance()).toList()));
			}
			return textEditor(parent, attribute);
		}
		return null;
	}

	/** Whether the open dossier may be changed (it is not open read-only). */
	static boolean editable() {
		DossierSession session = DossierSession.getDefault();
		return session.getStore() != null && !session.getStore().isReadOnly();
	}

	private CellEditor textEditor(Composite parent, EAttribute attribute) {
		TextCellEditor editor = new TextCellEditor(parent, SWT.SINGLE) {
			@Override
			protected Object doGetValue() {
				return PropertyValues.fromText(attribute, (String) super.doGetValue());
			}

			@Override
			protected void doSetValue(Object value) {
				super.doSetValue(PropertyValues.toText(attribute, value));
			}
		};
		editor.setValidator(value -> {
			try {
				PropertyValues.fromText(attribute, value instanceof String text ? text : PropertyValues.toText(attribute, value));
				return null;
			} catch (IllegalArgumentException e) {
				return e.getMessage();
			}
		});
		return editor;
	}

	private CellEditor choiceEditor(Composite parent, List<Object> choices) {
		IItemLabelProvider labels = descriptor.getLabelProvider(object);
		String[] items = choices.stream().map(choice -> choice == null ? "" : labels.getText(choice)).toArray(String[]::new);
		return new ComboBoxCellEditor(parent, items, SWT.READ_ONLY) {
			@Override
			protected Object doGetValue() {
				int index = (Integer) super.doGetValue();
				return index >= 0 && index < choices.size() ? choices.get(index) : null;
			}

			@Override
			protected void doSetValue(Object value) {
				super.doSetValue(Math.max(0, choices.indexOf(value)));
			}
		};
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = descriptor.getLabelProvider(object);
		Object feature = descriptor.getFeature(object);
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				Object value = PropertyValues.editable(object, element);
				if (feature instanceof EAttribute attribute) {
					return PropertyValues.toText(attribute, value);
				}
				return value == null ? "" : labels.getText(value);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}
}
