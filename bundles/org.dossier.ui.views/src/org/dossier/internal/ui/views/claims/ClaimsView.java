package org.dossier.internal.ui.views.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dossier.core.editing.AnnotationCommands;
import org.dossier.core.editing.ClaimCommands;
import org.dossier.internal.ui.views.EditorLinks;
import org.dossier.internal.ui.views.ModelObjects;
import org.dossier.internal.ui.views.RowsView;
import org.dossier.internal.ui.views.ViewCommands;
import org.dossier.internal.ui.views.facts.ClaimEvidence;
import org.dossier.internal.ui.views.facts.DossierFacts;
import org.dossier.internal.ui.views.facts.IndexLookup;
import org.dossier.internal.ui.views.facts.ModelAddress;
import org.dossier.internal.ui.views.table.Column;
import org.dossier.internal.ui.views.table.FilterBar;
import org.dossier.internal.ui.views.table.RowSelectionProvider;
import org.dossier.internal.ui.views.table.RowStyle;
import org.dossier.internal.ui.views.table.RowTable;
import org.dossier.internal.ui.views.table.SelectionProviderSwitch;
import org.dossier.model.Annotation;
import org.dossier.model.Claim;
import org.dossier.model.ClaimMention;
import org.dossier.model.Dossier;
import org.dossier.model.DossierPackage;
import org.dossier.model.EvidenceLink;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The Claims view: each claim with its claimant, date, credibility (1-6), verdict, the number of pieces
 * of evidence and the reliability (A-F) of the sources behind them. Claims no evidence supports stand
 * out (bold, red, a warning sign) and "Unsupported only" keeps just those. Below, the evidence of the
 * selected claim: relation, target, document, source and its reliability; opening a piece of evidence
 * shows it in the editor. New Claim (Insert) and Delete (Delete) are undoable.
 */
public final class ClaimsView extends RowsView<ClaimRow> {

	public static final String ID = "org.dossier.ui.views.claims";

	/** The evidence waits for the selection to rest: showing it reads documents. */
	private static final int EVIDENCE_DELAY_MILLIS = 100;

	private final SelectionProviderSwitch selection = new SelectionProviderSwitch();
	private final IAction newClaim = new Action("&New Claim...") {
		@Override
		public void run() {
			createClaim();
		}
	};
	private final IAction delete = new Action("&Delete") {
		@Override
		public void run() {
			deleteSelected();
		}
	};
	private RowTable<EvidenceRow> evidence;

	@Override
	protected Control createBody(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		RowTable<ClaimRow> claims = createTable(sash);
		evidence = new RowTable<>(sash, List.of(Column.text("Relation", 10, EvidenceRow::relation),
				Column.text("Evidence", 45, EvidenceRow::target), Column.text("Document", 20, EvidenceRow::document),
				Column.text("Source", 15, EvidenceRow::source), Column.text("Reliability", 8, EvidenceRow::reliability),
				Column.text("Note", 15, EvidenceRow::note)), EvidenceRow::link);
		sash.setWeights(65, 35);
		RowSelectionProvider<EvidenceRow> evidenceSelection = new RowSelectionProvider<>(evidence, EvidenceRow::link, object -> object);
		evidence.addOpenListener(row -> EditorLinks.reveal(getSite().getPage(), row.link()));
		evidence.addUserSelectionListener(() -> {
			List<EvidenceRow> selected = evidence.selectedRows();
			if (selected.size() == 1) {
				EditorLinks.revealIfOpen(getSite().getPage(), targetPlaces(List.of(selected.get(0).link())));
			}
		});
		claims.getTable().addListener(SWT.FocusIn, event -> selection.setCurrent(rowSelection()));
		evidence.getTable().addListener(SWT.FocusIn, event -> selection.setCurrent(evidenceSelection));
		Runnable showEvidence = this::showEvidence;
		claims.addSelectionListener(() -> sash.getDisplay().timerExec(EVIDENCE_DELAY_MILLIS, showEvidence));
		selection.setCurrent(rowSelection());
		return sash;
	}

	@Override
	protected ISelectionProvider selectionProvider() {
		return selection;
	}

	@Override
	protected List<Column<ClaimRow>> columns() {
		return List.of(Column.text("Statement", 36, ClaimRow::statement), Column.text("Claimant", 14, ClaimRow::claimant),
				Column.text("Date", 8, row -> row.claim().getDate()),
				Column.text("Credibility", 12, row -> Grades.credibility(row.claim().getCredibility())),
				Column.text("Verdict", 10, row -> Grades.verdict(row.claim().getVerdict())),
				Column.count("Evidence", 6, ClaimRow::evidence),
				Column.text("Sources", 6, (ClaimRow row) -> Grades.reliabilities(row.reliabilities()))
						.sortedBy(row -> Grades.best(row.reliabilities())));
	}

	@Override
	protected RowStyle<ClaimRow> style() {
		Image warning = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK);
		return new RowStyle<>() {
			@Override
			public boolean isFlagged(ClaimRow row) {
				return !row.supported();
			}

			@Override
			public Image image(ClaimRow row, int column) {
				return column == 0 && !row.supported() ? warning : null;
			}
		};
	}

	@Override
	protected void addToggles(FilterBar bar) {
		bar.addToggle("Unsupported only", on -> getTable().setRowFilter(on ? row -> !row.supported() : row -> true));
	}

	@Override
	protected List<ClaimRow> rows(IndexLookup index, DossierFacts facts) {
		List<ClaimRow> rows = new ArrayList<>();
		for (Claim claim : index.dossier().getClaims()) {
			rows.add(new ClaimRow(claim, ClaimEvidence.isSupported(claim), ClaimEvidence.reliabilities(claim, facts, index)));
		}
		return rows;
	}

	@Override
	protected Object keyOf(ClaimRow row) {
		return row.claim();
	}

	@Override
	protected String describe(int rows) {
		return count(rows, "claim", "claims");
	}

	/** Where the documents state the claim, then the passages of its evidence. */
	@Override
	protected List<ModelAddress> placesOf(ClaimRow row) {
		List<ModelAddress> places = new ArrayList<>(facts().claimMentions(row.claim().getId()));
		places.addAll(targetPlaces(row.claim().getEvidence()));
		return places;
	}

	@Override
	protected Collection<?> keysFor(List<Annotation> annotations) {
		List<Claim> claims = new ArrayList<>();
		List<ModelAddress> selected = new ArrayList<>();
		for (Annotation annotation : annotations) {
			if (annotation instanceof ClaimMention mention && mention.getClaim() != null) {
				claims.add(mention.getClaim());
			}
			selected.add(ModelAddress.of(annotation));
		}
		if (session().getStore() != null) {
			for (Claim claim : session().getStore().getDossier().getClaims()) {
				if (!claims.contains(claim) && targetPlaces(claim.getEvidence()).stream().anyMatch(selected::contains)) {
					claims.add(claim);
				}
			}
		}
		return claims;
	}

	@Override
	protected void createActions() {
		bind(ViewCommands.NEW_CLAIM, newClaim);
		newClaim.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		delete.setActionDefinitionId(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_DELETE);
		delete.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		getViewSite().getActionBars().getToolBarManager().add(newClaim);
	}

	@Override
	protected void fillContextMenu(IMenuManager menu) {
		menu.add(newClaim);
		menu.add(delete);
	}

	@Override
	protected void updateActions() {
		newClaim.setEnabled(isEditable());
		delete.setEnabled(isEditable() && !getTable().selectedRows().isEmpty());
	}

	@Override
	protected void afterRefresh() {
		showEvidence();
	}

	private void showEvidence() {
		if (evidence.getTable().isDisposed()) {
			return;
		}
		List<ClaimRow> selected = getTable().selectedRows();
		if (selected.size() != 1 || session().getStore() == null) {
			evidence.setRows(List.of());
			return;
		}
		evidence.setRows(EvidenceRows.of(selected.get(0).claim(), facts(), new IndexLookup(session().getStore().getDossier())));
	}

	private static List<ModelAddress> targetPlaces(List<EvidenceLink> links) {
		List<ModelAddress> places = new ArrayList<>();
		for (EvidenceLink link : links) {
			EObject target = (EObject) link.eGet(DossierPackage.Literals.EVIDENCE_LINK__ANNOTATION, false);
			ModelAddress address = ModelAddress.of(target);
			if (address != null) {
				places.add(address);
			}
		}
		return places;
	}

	private void createClaim() {
		InputDialog dialog = new InputDialog(getSite().getShell(), "New Claim", "Statement of the claim (claimant, date and grades can "
				+ "be set in the Properties view):", "", text -> text.isBlank() ? "A claim needs a statement." : null);
		if (dialog.open() != IDialogConstants.OK_ID) {
			return;
		}
		Claim claim = ClaimCommands.newClaim(dialog.getValue().strip());
		Dossier dossier = session().getStore().getDossier();
		if (session().execute(ClaimCommands.create(session().getEditingDomain(), dossier, claim, null, 0, 0))) {
			showRows(List.of(claim));
			setFocus();
		}
	}

	/**
	 * Deletes the selected claims with the claim mentions that state them in the documents, so that no
	 * mention is left pointing at nothing. Those mentions are known once every document has been read.
	 */
	private void deleteSelected() {
		List<Claim> claims = getTable().selectedRows().stream().map(ClaimRow::claim).toList();
		if (claims.isEmpty()) {
			return;
		}
		if (!facts().isComplete()) {
			MessageDialog.openInformation(getSite().getShell(), "Delete Claim",
					"The documents are still being read to find where they state the claims. Try again when the view has read them all.");
			return;
		}
		List<Annotation> mentions = new ArrayList<>();
		for (Claim claim : claims) {
			for (ModelAddress place : facts().claimMentions(claim.getId())) {
				if (ModelObjects.getDefault().resolve(place) instanceof ClaimMention mention) {
					mentions.add(mention);
				}
			}
		}
		EditingDomain domain = session().getEditingDomain();
		Dossier dossier = session().getStore().getDossier();
		CompoundCommand command = new CompoundCommand(claims.size() == 1 ? "Delete Claim" : "Delete " + claims.size() + " Claims");
		if (!mentions.isEmpty()) {
			command.append(AnnotationCommands.delete(domain, dossier, mentions));
		}
		command.append(RemoveCommand.create(domain, dossier, DossierPackage.Literals.DOSSIER__CLAIMS, claims));
		session().execute(command);
	}

	/** The evidence table, for tests. */
	public RowTable<EvidenceRow> getEvidenceTable() {
		return evidence;
	}
}
