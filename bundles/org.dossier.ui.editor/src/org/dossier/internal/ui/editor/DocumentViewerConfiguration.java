package org.dossier.internal.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** The document viewer's behaviour: hovers that list every annotation under the mouse. */
public final class DocumentViewerConfiguration extends TextSourceViewerConfiguration {

	DocumentViewerConfiguration(IPreferenceStore preferences) {
		super(preferences);
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new AnnotationsHover(sourceViewer);
	}

	/** The details of all annotations at an offset, innermost first, separated by blank lines. */
	public static final class AnnotationsHover implements ITextHover, ITextHoverExtension {

		private final ISourceViewer viewer;

		public AnnotationsHover(ISourceViewer viewer) {
			this.viewer = viewer;
		}

		@Override
		public String getHoverInfo(ITextViewer textViewer, IRegion region) {
			IAnnotationModel model = viewer.getAnnotationModel();
			if (model == null) {
				return null;
			}
			List<ModelAnnotation> found = new ArrayList<>();
			List<Position> positions = new ArrayList<>();
			for (Iterator<org.eclipse.jface.text.source.Annotation> all = model.getAnnotationIterator(); all.hasNext();) {
				if (all.next() instanceof ModelAnnotation annotation) {
					Position position = model.getPosition(annotation);
					if (position != null && position.getOffset() <= region.getOffset()
							&& region.getOffset() < position.getOffset() + position.getLength()) {
						int index = 0;
						while (index < positions.size() && positions.get(index).getLength() <= position.getLength()) {
							index++;
						}
						found.add(index, annotation);
						positions.add(index, position);
					}
				}
			}
			if (found.isEmpty()) {
				return null;
			}
			StringBuilder info = new StringBuilder();
			for (ModelAnnotation annotation : found) {
				if (info.length() > 0) {
					info.append("\n\n");
				}
				info.append(annotation.getText());
			}
			return info.toString();
		}

		/** The innermost annotation under the mouse, so that the hover sits right below it. */
		@Override
		public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
			IAnnotationModel model = viewer.getAnnotationModel();
			Position innermost = null;
			if (model != null) {
				for (Iterator<org.eclipse.jface.text.source.Annotation> all = model.getAnnotationIterator(); all.hasNext();) {
					if (all.next() instanceof ModelAnnotation annotation) {
						Position position = model.getPosition(annotation);
						if (position != null && position.getOffset() <= offset && offset < position.getOffset() + position.getLength()
								&& (innermost == null || position.getLength() < innermost.getLength())) {
							innermost = position;
						}
					}
				}
			}
			return innermost == null ? new Region(offset, 0) : new Region(innermost.getOffset(), innermost.getLength());
		}

		@Override
		public IInformationControlCreator getHoverControlCreator() {
			return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString(), null);
		}
	}
}
