package org.dossier.internal.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dossier.model.Annotation;
import org.dossier.model.Document;
import org.dossier.model.DossierPackage;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.AnnotationModel;

/**
 * The editor's highlights, kept in step with the document's annotations: added, removed, moved or
 * re-linked (a mention moved to an entity of another kind changes colour) as commands run, are undone
 * or redone.
 */
public final class DocumentAnnotationModel extends AnnotationModel {

	private final Document document;
	private final Map<Annotation, ModelAnnotation> shown = new HashMap<>();
	private final EContentAdapter follower = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				followChange(notification);
			}
		}
	};

	DocumentAnnotationModel(Document document) {
		this.document = document;
		Map<org.eclipse.jface.text.source.Annotation, Position> initial = new HashMap<>();
		for (Annotation annotation : document.getAnnotations()) {
			Position position = position(annotation);
			if (position != null) {
				ModelAnnotation highlight = new ModelAnnotation(annotation);
				shown.put(annotation, highlight);
				initial.put(highlight, position);
			}
		}
		replaceAnnotations(null, initial);
		document.eAdapters().add(follower);
	}

	void dispose() {
		document.eAdapters().remove(follower);
	}

	public ModelAnnotation highlightOf(Annotation annotation) {
		return shown.get(annotation);
	}

	/** The annotations overlapping {@code [offset, offset + length)}, or containing the offset when the length is 0. */
	public List<Annotation> annotationsAt(int offset, int length) {
		List<Annotation> found = new ArrayList<>();
		for (Annotation annotation : document.getAnnotations()) {
			boolean overlaps = length == 0
					? annotation.getBegin() <= offset && offset <= annotation.getEnd()
					: annotation.getBegin() < offset + length && offset < annotation.getEnd();
			if (overlaps) {
				found.add(annotation);
			}
		}
		found.sort((a, b) -> Integer.compare(a.getEnd() - a.getBegin(), b.getEnd() - b.getBegin()));
		return found;
	}

	private void followChange(Notification notification) {
		Object notifier = notification.getNotifier();
		if (notifier == document && notification.getFeature() == DossierPackage.Literals.DOCUMENT__ANNOTATIONS) {
			resync();
		} else if (notifier instanceof Annotation annotation && shown.containsKey(annotation)) {
			refresh(annotation);
		}
	}

	/** After annotations were added or removed: drop the highlights of the gone, add those of the new. */
	private void resync() {
		List<org.eclipse.jface.text.source.Annotation> gone = new ArrayList<>();
		Map<Annotation, ModelAnnotation> kept = new HashMap<>();
		for (Annotation annotation : document.getAnnotations()) {
			if (shown.containsKey(annotation)) {
				kept.put(annotation, shown.remove(annotation));
			}
		}
		gone.addAll(shown.values());
		shown.clear();
		shown.putAll(kept);
		Map<org.eclipse.jface.text.source.Annotation, Position> added = new HashMap<>();
		for (Annotation annotation : document.getAnnotations()) {
			if (!shown.containsKey(annotation)) {
				Position position = position(annotation);
				if (position != null) {
					ModelAnnotation highlight = new ModelAnnotation(annotation);
					shown.put(annotation, highlight);
					added.put(highlight, position);
				}
			}
		}
		replaceAnnotations(gone.toArray(org.eclipse.jface.text.source.Annotation[]::new), added);
	}

	/** An annotation moved or changed kind: replace its highlight. */
	private void refresh(Annotation annotation) {
		ModelAnnotation old = shown.remove(annotation);
		Position position = position(annotation);
		Map<org.eclipse.jface.text.source.Annotation, Position> added = new HashMap<>();
		if (position != null) {
			ModelAnnotation highlight = new ModelAnnotation(annotation);
			shown.put(annotation, highlight);
			added.put(highlight, position);
		}
		replaceAnnotations(old == null ? null : new org.eclipse.jface.text.source.Annotation[] { old }, added);
	}

	private Position position(Annotation annotation) {
		int length = document.getText() == null ? 0 : document.getText().length();
		int begin = Math.max(0, annotation.getBegin());
		int end = Math.min(length, annotation.getEnd());
		return begin < end ? new Position(begin, end - begin) : null;
	}
}
