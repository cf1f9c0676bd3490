package org.dossier.internal.ui.views.problems;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dossier.internal.ui.views.EditorLinks;
import org.dossier.internal.ui.views.ModelObjects;
import org.dossier.internal.ui.views.RowsView;
import org.dossier.internal.ui.views.claims.ClaimsView;
import org.dossier.internal.ui.views.facts.DossierFacts;
import org.dossier.internal.ui.views.facts.FigureConflicts;
import org.dossier.internal.ui.views.facts.FigureFact;
import org.dossier.internal.ui.views.facts.IndexLookup;
import org.dossier.internal.ui.views.facts.ModelAddress;
import org.dossier.internal.ui.views.facts.Problem;
import org.dossier.internal.ui.views.facts.ProblemFinder;
import org.dossier.internal.ui.views.figures.FiguresView;
import org.dossier.internal.ui.views.references.ReferencesView;
import org.dossier.internal.ui.views.table.Column;
import org.dossier.internal.ui.views.table.RowStyle;
import org.dossier.model.Annotation;
import org.dossier.model.DocumentEntry;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * The Problems view: what in the dossier needs the analyst's attention (see {@link ProblemFinder}), most
 * serious first. Opening a problem takes the analyst to its place: the claim in the Claims view, the
 * reference in the References view, the conflicting figures in the Quantities and Dates view, a
 * citation in the editor, a duplicate document opened.
 */
public final class ProblemsView extends RowsView<Problem> {

	public static final String ID = "org.dossier.ui.views.problems";

	@Override
	protected Control createBody(Composite parent) {
		Control body = super.createBody(parent);
		getTable().sortBy(0, false);
		return body;
	}

	@Override
	protected List<Column<Problem>> columns() {
		return List.of(Column.text("Problem", 24, (Problem problem) -> problem.kind().label())
				.sortedBy(problem -> problem.kind().severity().ordinal() * 100 + problem.kind().ordinal()),
				Column.text("Description", 56, Problem::description), Column.text("Document", 20, Problem::document));
	}

	@Override
	protected RowStyle<Problem> style() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return new RowStyle<>() {
			@Override
			public Image image(Problem problem, int column) {
				if (column != 0) {
					return null;
				}
				return images.getImage(switch (problem.kind().severity()) {
				case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
				case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
				case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
				});
			}
		};
	}

	@Override
	protected List<Problem> rows(IndexLookup index, DossierFacts facts) {
		return ProblemFinder.find(index, facts);
	}

	@Override
	protected Object keyOf(Problem problem) {
		return problem;
	}

	@Override
	protected String describe(int rows) {
		return count(rows, "problem", "problems");
	}

	@Override
	protected Object modelObjectOf(Problem problem) {
		if (problem.target() instanceof ModelAddress address) {
			return ModelObjects.getDefault().resolve(address);
		}
		if (problem.target() instanceof FigureConflicts.Group group) {
			return ModelObjects.getDefault().resolve(group.figures().get(0).address());
		}
		return problem.target();
	}

	@Override
	protected List<ModelAddress> placesOf(Problem problem) {
		if (problem.target() instanceof ModelAddress address) {
			return List.of(address);
		}
		if (problem.target() instanceof FigureConflicts.Group group) {
			return group.figures().stream().map(FigureFact::address).toList();
		}
		return List.of();
	}

	@Override
	protected Collection<?> keysFor(List<Annotation> annotations) {
		List<ModelAddress> selected = annotations.stream().map(ModelAddress::of).toList();
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < getTable().getRowCount(); i++) {
			Problem problem = getTable().rowAt(i);
			if (placesOf(problem).stream().anyMatch(selected::contains)) {
				problems.add(problem);
			}
		}
		return problems;
	}

	@Override
	protected void open(Problem problem) {
		switch (problem.kind()) {
		case UNSUPPORTED_CLAIM -> showIn(ClaimsView.ID, List.of(problem.target()));
		case REFERENCE_WITHOUT_LINK -> showIn(ReferencesView.ID, List.of(problem.target()));
		case CONFLICTING_FIGURES -> showIn(FiguresView.ID, placesOf(problem));
		case CITATION_WITHOUT_REFERENCE, SPAN_OUTSIDE_TEXT -> EditorLinks.reveal(getSite().getPage(), placesOf(problem));
		case DUPLICATE_DOCUMENT -> EditorLinks.open(getSite().getPage(), (DocumentEntry) problem.target());
		case UNREADABLE_DOCUMENT -> MessageDialog.openError(getSite().getShell(), problem.kind().label(), problem.description());
		}
	}

	/** Shows a view and selects the rows with these keys in it. */
	private void showIn(String viewId, Collection<?> keys) {
		try {
			IViewPart view = getSite().getPage().showView(viewId);
			if (view instanceof RowsView<?> rows && !rows.showRows(keys)) {
				MessageDialog.openInformation(getSite().getShell(), "Show Problem", "The view no longer lists this.");
			}
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "Show Problem", e.getMessage());
		}
	}
}
