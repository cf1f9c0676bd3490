package org.dossier.ui.tests.driver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Drives the running workbench from a test thread, the way a user would: menus, buttons, text fields,
 * views, waiting for the UI to catch up, and screenshots of what was checked. (SWTBot is not on Maven
 * Central; this is the small part of it Dossier's tests need.) Every widget access runs on the UI
 * thread; waits poll it until a condition holds or a timeout names what never happened.
 */
public final class WorkbenchDriver {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final Display display;

	public WorkbenchDriver() {
		waitUntil("the workbench is running", () -> PlatformUI.isWorkbenchRunning()
				&& PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
		this.display = PlatformUI.getWorkbench().getDisplay();
	}

	/** Runs on the UI thread and returns its result. */
	public <T> T onUi(Supplier<T> action) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(action.get());
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	public void run(Runnable action) {
		onUi(() -> {
			action.run();
			return null;
		});
	}

	/** Polls until the condition holds; fails naming what was awaited. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (true) {
			if (condition.getAsBoolean()) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + TIMEOUT.toSeconds() + " s waiting until " + what);
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted waiting until " + what);
			}
		}
	}

	/** Waits until the UI thread has handled everything queued before this call. */
	public void settle() {
		run(() -> {
			while (display.readAndDispatch()) {
				// drain
			}
		});
	}

	public IWorkbenchWindow window() {
		return onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
	}

	public Shell mainShell() {
		return onUi(() -> window().getShell());
	}

	/** The view with this id in the active page, shown if it was not. */
	public <V extends IViewPart> V view(String id, Class<V> type) {
		return onUi(() -> {
			try {
				return type.cast(window().getActivePage().showView(id));
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError("Cannot show view " + id, e);
			}
		});
	}

	/**
	 * Runs a command as a key binding or menu would, once it has a handler: after a dialog closes, the
	 * workbench needs a moment to make the part below it active again, as a user's next key press would.
	 */
	public void executeCommand(String commandId, Map<String, String> parameters) {
		waitUntilHandled(commandId);
		run(() -> {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
			try {
				handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters), null);
			} catch (Exception e) {
				throw new AssertionError("Command " + commandId + " failed", e);
			}
		});
	}

	private void waitUntilHandled(String commandId) {
		waitUntil("command " + commandId + " has a handler",
				() -> onUi(() -> PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId).isHandled()));
	}

	/** Runs a command later, as a key press would, for commands that open a modal dialog. */
	public void executeCommandLater(String commandId) {
		executeCommandLater(commandId, Map.of());
	}

	public void executeCommandLater(String commandId, Map<String, String> parameters) {
		waitUntilHandled(commandId);
		display.asyncExec(() -> {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
			try {
				handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters), null);
			} catch (Exception e) {
				throw new AssertionError("Command " + commandId + " failed", e);
			}
		});
	}

	/**
	 * Chooses a menu item of the main window by its labels ("File", "New Dossier..."), mnemonics and
	 * accelerator texts ignored. Runs asynchronously, since the item may open a modal dialog.
	 */
	public void menu(String... path) {
		MenuItem item = onUi(() -> {
			Menu menu = window().getShell().getMenuBar();
			MenuItem found = null;
			for (String label : path) {
				if (menu == null) {
					throw new AssertionError("No submenu to find '" + label + "' in: " + Arrays.toString(path));
				}
				found = item(menu, label);
				menu = found.getMenu();
			}
			if (!found.isEnabled()) {
				throw new AssertionError("Menu item " + Arrays.toString(path) + " is disabled");
			}
			return found;
		});
		display.asyncExec(() -> {
			if (!item.isDisposed()) {
				item.notifyListeners(SWT.Selection, new Event());
			}
		});
	}

	private static MenuItem item(Menu menu, String label) {
		showMenu(menu);
		return Arrays.stream(menu.getItems()).filter(i -> label(i.getText()).equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("No menu item '" + label + "' in " + labels(menu)));
	}

	/** Lets the menu's contributions fill it in, as opening it would. */
	private static void showMenu(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
	}

	private static List<String> labels(Menu menu) {
		return Arrays.stream(menu.getItems()).map(i -> label(i.getText())).toList();
	}

	private static String label(String text) {
		return text.replace("&", "").replaceAll("\t.*$", "");
	}

	/** Waits for a shell with this title and returns it. */
	public Shell shell(String title) {
		AtomicReference<Shell> found = new AtomicReference<>();
		waitUntil("a window titled '" + title + "' is open", () -> {
			found.set(onUi(() -> Arrays.stream(display.getShells())
					.filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst().orElse(null)));
			return found.get() != null;
		});
		return found.get();
	}

	/**
	 * Waits until a dialog closed, then gives the focus back to the active part of the main window, as
	 * a window manager does (a bare Xvfb has none, and a workbench without a focused part runs no
	 * part's commands).
	 */
	public void waitUntilClosed(Shell shell) {
		waitUntil("the window '" + onUi(() -> shell.isDisposed() ? "" : shell.getText()) + "' closes",
				() -> onUi(shell::isDisposed));
		run(() -> {
			if (display.getActiveShell() == null) {
				window().getShell().forceActive();
			}
			IWorkbenchPart part = window().getActivePage().getActivePart();
			if (part != null) {
				part.setFocus();
			}
		});
	}

	/** The first widget of a type under a parent that matches. */
	public <W extends Widget> W find(Composite parent, Class<W> type, Predicate<W> matching, String description) {
		return onUi(() -> {
			List<W> all = new ArrayList<>();
			collect(parent, type, all);
			return all.stream().filter(matching).findFirst()
					.orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " " + description + " in " + parent));
		});
	}

	private static <W extends Widget> void collect(Control control, Class<W> type, List<W> into) {
		if (type.isInstance(control)) {
			into.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, into);
			}
		}
	}

	/** A text field by the data key its page gave it ({@code widget.setData("name")}). */
	public Text text(Composite parent, String dataKey) {
		return find(parent, Text.class, t -> dataKey.equals(t.getData()), "with data '" + dataKey + "'");
	}

	public Button button(Composite parent, String label) {
		return find(parent, Button.class, b -> label(b.getText()).equals(label), "labelled '" + label + "'");
	}

	/** Replaces a text field's content as typing would: focus, text, modify events. */
	public void type(Text text, String content) {
		run(() -> {
			text.setFocus();
			text.setText(content);
		});
	}

	/** Presses Enter in a text field (its default-selection action). */
	public void pressEnter(Text text) {
		run(() -> text.notifyListeners(SWT.DefaultSelection, new Event()));
	}

	/** Clicks a button; asynchronous, as the click may open or close a modal window. */
	public void click(Button button) {
		waitUntil("button '" + onUi(button::getText) + "' is enabled", () -> onUi(button::isEnabled));
		display.asyncExec(() -> {
			if (!button.isDisposed()) {
				button.notifyListeners(SWT.Selection, new Event());
			}
		});
	}

	/** The texts of a table's rows, cell by cell (asking a virtual table for every row). */
	public List<List<String>> rows(Table table) {
		return onUi(() -> {
			List<List<String>> rows = new ArrayList<>();
			for (int i = 0; i < table.getItemCount(); i++) {
				TableItem item = table.getItem(i);
				List<String> cells = new ArrayList<>();
				for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
					cells.add(item.getText(column));
				}
				rows.add(cells);
			}
			return rows;
		});
	}

	/** Selects rows of a table as a click (with Ctrl for more than one) would. */
	public void select(Table table, int... indices) {
		run(() -> {
			table.setFocus();
			table.setSelection(indices);
			table.notifyListeners(SWT.Selection, new Event());
		});
	}

	/** Double-clicks a row of a table: selects it, then opens it. Asynchronous, as opening may show a dialog. */
	public void doubleClick(Table table, int index) {
		select(table, index);
		display.asyncExec(() -> table.notifyListeners(SWT.DefaultSelection, new Event()));
	}

	/** Clicks the header of a table's column. */
	public void clickColumn(Table table, int column) {
		run(() -> table.getColumn(column).notifyListeners(SWT.Selection, new Event()));
	}

	/**
	 * Chooses an item of a control's context menu by its label. Asynchronous, as the item may open a
	 * modal dialog.
	 */
	public void contextMenu(Control control, String label) {
		MenuItem item = onUi(() -> {
			Menu menu = control.getMenu();
			if (menu == null) {
				throw new AssertionError("No context menu on " + control);
			}
			MenuItem found = item(menu, label);
			if (!found.isEnabled()) {
				throw new AssertionError("Context menu item '" + label + "' is disabled");
			}
			return found;
		});
		display.asyncExec(() -> {
			if (!item.isDisposed()) {
				item.notifyListeners(SWT.Selection, new Event());
			}
		});
	}

	/**
	 * Presses a key on a control, with modifiers ({@code SWT.MOD1}, {@code SWT.SHIFT} ...), through the
	 * display's filters as typing would: key bindings first, then the control. Asynchronous, as the key
	 * may open a modal dialog.
	 */
	public void pressKey(Control control, int modifiers, int keyCode) {
		display.asyncExec(() -> {
			for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
				if (!control.isDisposed()) {
					Event event = new Event();
					event.keyCode = keyCode;
					event.stateMask = modifiers;
					event.character = character(modifiers, keyCode);
					control.notifyListeners(type, event);
				}
			}
		});
	}

	/** The character a key types: none for function keys, a control character with Ctrl (Ctrl+Z is 0x1a). */
	private static char character(int modifiers, int keyCode) {
		if (keyCode >= 0x10000) {
			return '\0';
		}
		return (modifiers & SWT.CTRL) != 0 && Character.isLetter(keyCode) ? (char) (keyCode & 0x1f) : (char) keyCode;
	}

	/** Checks or unchecks a check box as a click would. */
	public void check(Button box, boolean checked) {
		run(() -> {
			box.setSelection(checked);
			box.notifyListeners(SWT.Selection, new Event());
		});
	}

	/** Saves a picture of a shell under the screenshot folder (system property dossier.screenshots). */
	public Path screenshot(Shell shell, String name) {
		Path folder = Path.of(System.getProperty("dossier.screenshots", "target/screenshots"));
		Path file = folder.resolve(name + ".png");
		run(() -> display.setCursorLocation(0, 0)); // no tooltip of wherever the pointer rested in the picture
		run(() -> {
			while (display.readAndDispatch()) {
				// handle everything pending first
			}
			shell.update(); // and paint it, or a loaded machine pictures the previous frame
			Rectangle bounds = shell.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
				Files.createDirectories(folder);
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} catch (java.io.IOException e) {
				throw new AssertionError("Cannot save screenshot " + file, e);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		return file;
	}
}
