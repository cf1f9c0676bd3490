package org.dossier.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dossier.internal.core.store.AtomicFiles;
import org.dossier.internal.core.store.ConfinedUriHandler;
import org.dossier.internal.core.store.DossierLock;
import org.dossier.internal.core.store.LoadProblems;
import org.dossier.internal.core.store.XmlSafety;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.Dossier;
import org.dossier.model.DossierFactory;
import org.dossier.model.DossierPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A dossier on disk: a folder holding {@value #INDEX_FILE} (the dossier with its document summaries,
 * entities, claims, sources and tags) and one {@value #DOCUMENTS_FOLDER}/&lt;id&gt;.xmi per document.
 * <p>
 * Documents load lazily: opening a dossier reads the index only, so the summaries (title, language,
 * annotation count) of every document are at hand without reading a single text. Saves are atomic
 * per file and write documents before the index, so the index never names a document not yet on
 * disk. A store opened for writing holds a lock against every other writer, in this process or
 * another.
 */
public final class DossierStore implements AutoCloseable {

	public static final String INDEX_FILE = "dossier.xmi";
	public static final String DOCUMENTS_FOLDER = "documents";
	public static final String DOCUMENT_EXTENSION = ".xmi";
	/** Where unsaved work is written every so often, for recovery after a crash; cleared by a save. */
	public static final String RECOVERY_FOLDER = ".recovery";
	private static final String REMOVED_DOCUMENTS_FILE = "removed-documents.txt";

	private final Path folder;
	private final DossierLock lock;
	private final ResourceSet resourceSet;
	private final Resource index;
	private final Set<Path> documentsToDelete = new LinkedHashSet<>();

	/** New documents' files written but not yet forced to the disk; the index may not name them before they are. */
	private final Set<Path> documentsToForce = new LinkedHashSet<>();
	/** Save options with a lookup table that EMF fills on the first save and reuses (a store saves on one thread). */
	private final Map<Object, Object> saveOptions = XmlSafety.saveOptions();

	private DossierStore(Path folder, DossierLock lock) {
		this.folder = folder;
		this.lock = lock;
		this.resourceSet = createResourceSet(folder);
		this.index = resourceSet.createResource(fileUri(folder.resolve(INDEX_FILE)));
		this.index.setTrackingModification(true);
	}

	/**
	 * Creates an empty dossier in a folder that does not exist yet or is empty, and opens it for writing.
	 */
	public static DossierStore create(Path folder, String name) throws DossierStoreException {
		Path target = folder.toAbsolutePath().normalize();
		if (isDossier(target)) {
			throw new DossierStoreException(target, "already holds a dossier; open it instead");
		}
		if (Files.exists(target) && !isEmptyDirectory(target)) {
			throw new DossierStoreException(target, Files.isDirectory(target)
					? "is not empty; choose a new or empty folder for the dossier"
					: "is a file, not a folder");
		}
		try {
			Files.createDirectories(target.resolve(DOCUMENTS_FOLDER));
		} catch (IOException e) {
			throw new DossierStoreException(target, "cannot create the folder (" + e.getMessage() + ")", e);
		}
		DossierStore store = new DossierStore(target, DossierLock.acquire(target));
		Dossier dossier = DossierFactory.eINSTANCE.createDossier();
		dossier.setName(name);
		store.index.getContents().add(dossier);
		store.save();
		return store;
	}

	/** Opens a dossier for reading and writing; refused while another store has it open for writing. */
	public static DossierStore open(Path folder) throws DossierStoreException {
		Path target = checkDossier(folder);
		DossierLock lock = DossierLock.acquire(target);
		try {
			DossierStore store = new DossierStore(target, lock);
			store.loadIndex();
			store.deleteLeftoversOfInterruptedSaves();
			return store;
		} catch (DossierStoreException | RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	/** Opens a dossier for reading only: no lock is taken, and {@link #save()} is refused. */
	public static DossierStore openReadOnly(Path folder) throws DossierStoreException {
		DossierStore store = new DossierStore(checkDossier(folder), null);
		store.loadIndex();
		return store;
	}

	/** Whether a folder holds a dossier (its index file). */
	public static boolean isDossier(Path folder) {
		return Files.isRegularFile(folder.resolve(INDEX_FILE));
	}

	public Path getFolder() {
		return folder;
	}

	public Dossier getDossier() {
		return (Dossier) index.getContents().get(0);
	}

	public boolean isReadOnly() {
		return lock == null;
	}

	/** Whether anything changed since the dossier was opened or last saved. */
	public boolean isDirty() {
		if (!documentsToDelete.isEmpty()) {
			return true;
		}
		for (Resource resource : resourceSet.getResources()) {
			if (resource.isModified()) {
				return true;
			}
		}
		return false;
	}

	/** The entry of the document with this id, or {@code null} when the dossier has none; found by id, not by a walk. */
	public DocumentEntry entry(String documentId) {
		return entryOf(getDossier(), documentId);
	}

	/** The entry of a document of a loaded dossier index by its id, or {@code null}. */
	public static DocumentEntry entryOf(Dossier dossier, String documentId) {
		if (dossier == null || documentId == null || dossier.eResource() == null) {
			return null;
		}
		return dossier.eResource().getEObject(documentId) instanceof DocumentEntry entry ? entry : null;
	}

	/** The file a document is (or will be) stored in. */
	public Path documentFile(DocumentEntry entry) {
		return folder.resolve(DOCUMENTS_FOLDER).resolve(entry.getId() + DOCUMENT_EXTENSION);
	}

	/** Whether the document of an entry is in memory (without loading it). */
	public boolean isLoaded(DocumentEntry entry) {
		Resource resource = resourceSet.getResource(fileUri(documentFile(entry)), false);
		return resource != null && resource.isLoaded();
	}

	/**
	 * The full document of an entry, loaded on first use.
	 *
	 * @throws DossierStoreException naming the document file when it is missing or malformed; the
	 *                               rest of the dossier stays usable
	 */
	public Document getDocument(DocumentEntry entry) throws DossierStoreException {
		Document document = unresolvedDocument(entry);
		if (document == null) {
			throw new DossierStoreException(folder.resolve(INDEX_FILE), "document entry " + entry.getId() + " names no document");
		}
		if (!document.eIsProxy()) {
			return document;
		}
		URI uri = ((InternalEObject) document).eProxyURI().trimFragment();
		Path file = Path.of(uri.toFileString());
		Resource inMemory = resourceSet.getResource(uri, false);
		if (inMemory != null && inMemory.isLoaded() && entry.getDocument() instanceof Document recovered && !recovered.eIsProxy()) {
			return recovered; // not saved yet: recovered unsaved work
		}
		if (!Files.isRegularFile(file)) {
			throw new DossierStoreException(file, "the document file is missing");
		}
		try {
			Resource resource = resourceSet.getResource(uri, true);
			if (!resource.getErrors().isEmpty()) {
				throw new DossierStoreException(file, LoadProblems.describe(resource.getErrors().get(0)));
			}
			resource.setTrackingModification(true);
		} catch (DossierStoreException | RuntimeException e) {
			Resource broken = resourceSet.getResource(uri, false);
			if (broken != null) {
				broken.unload();
				resourceSet.getResources().remove(broken);
			}
			throw e instanceof DossierStoreException known ? known : new DossierStoreException(file, LoadProblems.describe(e), e);
		}
		EObject resolved = entry.getDocument();
		if (!(resolved instanceof Document loaded) || loaded.eIsProxy()) {
			throw new DossierStoreException(file, "holds no document " + entry.getId());
		}
		return loaded;
	}

	/** Frees the memory of a loaded, unmodified document; it loads again on next use. */
	public void unloadDocument(DocumentEntry entry) {
		URI uri = fileUri(documentFile(entry));
		Resource resource = resourceSet.getResource(uri, false);
		if (resource != null && !resource.isModified()) {
			resource.unload();
			resourceSet.getResources().remove(resource);
			// An unloaded object keeps its features: the entry must let go of it for its text to be freed.
			letGoOfDocument(entry, uri);
		}
	}

	/** Points the entry at a proxy of its document's file, without marking the index changed. */
	private void letGoOfDocument(DocumentEntry entry, URI uri) {
		boolean indexModified = index.isModified();
		entry.eSetDeliver(false);
		entry.setDocument(documentProxy(uri));
		entry.eSetDeliver(true);
		index.setModified(indexModified);
	}

	/**
	 * Frees a saved document that nothing else holds, faster than {@link #unloadDocument}: its objects are
	 * not turned into proxies first, so whoever still held one would keep a copy that no longer belongs to
	 * the dossier. For an import, which holds each new document only until it is written. Does nothing to
	 * a document with unsaved changes.
	 */
	public void releaseDocument(DocumentEntry entry) {
		URI uri = fileUri(documentFile(entry));
		Resource resource = resourceSet.getResource(uri, false);
		if (resource != null && !resource.isModified()) {
			resourceSet.getResources().remove(resource);
			letGoOfDocument(entry, uri);
		}
	}

	private static Document documentProxy(URI resource) {
		Document proxy = DossierFactory.eINSTANCE.createDocument();
		((InternalEObject) proxy).eSetProxyURI(resource.appendFragment("/"));
		return proxy;
	}

	/**
	 * Adds a new document to the dossier, in its own resource, with a summary entry in the index.
	 * The document gets an id if it has none.
	 */
	public DocumentEntry addDocument(Document document) throws DossierStoreException {
		checkWritable();
		if (document.getId() == null || document.getId().isBlank()) {
			document.setId(Ids.newId("d"));
		}
		DocumentEntry entry = DossierFactory.eINSTANCE.createDocumentEntry();
		entry.setId(document.getId());
		Resource resource = resourceSet.createResource(fileUri(documentFile(entry)));
		resource.setTrackingModification(true);
		resource.getContents().add(document);
		resource.setModified(true);
		entry.setDocument(document);
		DocumentSummaries.update(entry, document);
		documentsToDelete.remove(documentFile(entry));
		getDossier().getDocuments().add(entry);
		return entry;
	}

	/** Removes a document from the dossier; its file is deleted by the next save. */
	public void removeDocument(DocumentEntry entry) throws DossierStoreException {
		checkWritable();
		Path file = documentFile(entry);
		Resource resource = resourceSet.getResource(fileUri(file), false);
		if (resource != null) {
			resource.unload();
			resourceSet.getResources().remove(resource);
		}
		getDossier().getDocuments().remove(entry);
		documentsToDelete.add(file);
	}

	/**
	 * Saves every changed document, then the index, each file atomically; then deletes the files of
	 * removed documents. If a save fails, what was on disk before stays as it was.
	 */
	public void save() throws DossierStoreException {
		checkWritable();
		for (DocumentEntry entry : getDossier().getDocuments()) {
			Document document = unresolvedDocument(entry);
			if (document != null && !document.eIsProxy()) {
				DocumentSummaries.update(entry, document);
			}
		}
		saveDocuments();
		forceSavedDocuments();
		saveResource(index);
		for (Path file : new ArrayList<>(documentsToDelete)) {
			try {
				Files.deleteIfExists(file);
				documentsToDelete.remove(file);
			} catch (IOException e) {
				throw new DossierStoreException(file, "cannot delete the removed document's file (" + e.getMessage() + ")", e);
			}
		}
		discardRecovery();
	}

	/**
	 * Writes the unsaved state (the index and every changed document) to {@value #RECOVERY_FOLDER}
	 * beside the saved files, which stay untouched: after a crash, {@link #recover()} brings it back.
	 * Does nothing when nothing is unsaved.
	 */
	public void writeRecovery() throws DossierStoreException {
		checkWritable();
		if (!isDirty()) {
			return;
		}
		Path recovery = folder.resolve(RECOVERY_FOLDER);
		Path stamp = recovery.resolve(INDEX_FILE);
		for (Resource resource : resourceSet.getResources()) {
			if (resource != index && resource.isLoaded() && resource.isModified()) {
				Path target = recovery.resolve(DOCUMENTS_FOLDER).resolve(Path.of(resource.getURI().toFileString()).getFileName());
				writeCopy(resource, target);
			}
		}
		List<String> removed = new ArrayList<>();
		for (Path file : documentsToDelete) {
			removed.add(file.getFileName().toString());
		}
		try {
			AtomicFiles.write(recovery.resolve(REMOVED_DOCUMENTS_FILE), out -> out.write(String.join("\n", removed).getBytes(StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw new DossierStoreException(recovery, "cannot write the recovery copy (" + e.getMessage() + ")", e);
		}
		// The index last: its presence says the recovery copy is complete.
		writeCopy(index, stamp);
	}

	/** When the unsaved work of an earlier session was kept for recovery, or {@code null} when none was. */
	public FileTime recoveryTime() {
		try {
			Path stamp = folder.resolve(RECOVERY_FOLDER).resolve(INDEX_FILE);
			return Files.isRegularFile(stamp) ? Files.getLastModifiedTime(stamp) : null;
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * Brings back the unsaved work kept by {@link #writeRecovery()}: the index and the changed documents
	 * load from the recovery copy and count as unsaved, so that a save makes them the dossier's state.
	 *
	 * @throws DossierStoreException naming the recovery file that cannot be read; the dossier is then
	 *                               left as it was saved
	 */
	public void recover() throws DossierStoreException {
		checkWritable();
		Path recovery = folder.resolve(RECOVERY_FOLDER);
		if (recoveryTime() == null) {
			throw new DossierStoreException(recovery, "holds no unsaved work to recover");
		}
		Map<Resource, Path> recovered = new LinkedHashMap<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(recovery.resolve(DOCUMENTS_FOLDER), "*" + DOCUMENT_EXTENSION)) {
			for (Path file : files) {
				Path target = folder.resolve(DOCUMENTS_FOLDER).resolve(file.getFileName());
				Resource resource = resourceSet.getResource(fileUri(target), false);
				if (resource == null) {
					resource = resourceSet.createResource(fileUri(target));
				}
				recovered.put(resource, file);
			}
		} catch (NoSuchFileException e) {
			// only the index changed
		} catch (IOException e) {
			throw new DossierStoreException(recovery, "cannot read the recovery copy (" + e.getMessage() + ")", e);
		}
		recovered.put(index, recovery.resolve(INDEX_FILE));
		for (Map.Entry<Resource, Path> copy : recovered.entrySet()) {
			Resource resource = copy.getKey();
			resource.unload();
			try (InputStream in = Files.newInputStream(copy.getValue())) {
				resource.load(in, XmlSafety.loadOptions());
			} catch (IOException | RuntimeException e) {
				for (Resource loaded : recovered.keySet()) {
					loaded.unload();
					if (loaded != index) {
						resourceSet.getResources().remove(loaded);
					}
				}
				loadIndex();
				throw new DossierStoreException(copy.getValue(), LoadProblems.describe(e), e);
			}
			resource.setTrackingModification(true);
			resource.setModified(true);
		}
		try {
			for (String removed : Files.readAllLines(recovery.resolve(REMOVED_DOCUMENTS_FILE), StandardCharsets.UTF_8)) {
				if (!removed.isBlank()) {
					documentsToDelete.add(folder.resolve(DOCUMENTS_FOLDER).resolve(Path.of(removed).getFileName()));
				}
			}
		} catch (IOException e) {
			// no document was removed
		}
	}

	/** Forgets the unsaved work kept for recovery. */
	public void discardRecovery() throws DossierStoreException {
		Path recovery = folder.resolve(RECOVERY_FOLDER);
		if (!Files.exists(recovery)) {
			return;
		}
		try (Stream<Path> files = Files.walk(recovery)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			throw new DossierStoreException(recovery, "cannot delete the recovery copy (" + e.getMessage() + ")", e);
		}
	}

	private static void writeCopy(Resource resource, Path target) throws DossierStoreException {
		boolean modified = resource.isModified();
		try {
			AtomicFiles.write(target, out -> resource.save(out, XmlSafety.saveOptions()));
		} catch (IOException | RuntimeException e) {
			throw new DossierStoreException(target, "cannot write the recovery copy (" + LoadProblems.describe(e) + ")", e);
		} finally {
			resource.setModified(modified);
		}
	}

	/**
	 * Saves every changed document, each file atomically, but not the index: the first step of
	 * {@link #save()}, which an import takes on its own to free each document's memory as soon as it is
	 * added. A document's file names the entities it mentions by their ids only, so this may run while
	 * other threads add entities or aliases to the dossier; saving the index may not.
	 * <p>
	 * The file of a new document, which the saved index does not name yet, is written without waiting
	 * for the disk; {@link #forceSavedDocuments()} (or {@link #save()}) waits for all of them at once.
	 */
	public void saveDocuments() throws DossierStoreException {
		checkWritable();
		List<Resource> documents = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			if (resource != index && resource.isLoaded() && resource.isModified()) {
				documents.add(resource);
			}
		}
		for (Resource document : documents) {
			saveResource(document);
		}
	}

	/**
	 * Returns when the files of the new documents saved so far are on the disk: the step of {@link #save()}
	 * that waits for the disk, which an import takes on its own, before it holds up other threads to save
	 * the index.
	 */
	public void forceSavedDocuments() throws DossierStoreException {
		checkWritable();
		try {
			AtomicFiles.force(documentsToForce);
			documentsToForce.clear();
		} catch (IOException e) {
			throw new DossierStoreException(folder, "could not write the new documents to the disk (" + e.getMessage() + ")", e);
		}
	}

	private void saveResource(Resource resource) throws DossierStoreException {
		Path file = Path.of(resource.getURI().toFileString());
		try {
			if (resource != index && !Files.exists(file)) {
				AtomicFiles.writeUnforced(file, out -> resource.save(out, saveOptions));
				documentsToForce.add(file);
			} else {
				AtomicFiles.write(file, out -> resource.save(out, saveOptions));
			}
			resource.setModified(false);
		} catch (IOException | RuntimeException e) {
			throw new DossierStoreException(file, "could not be saved; the previous version is kept ("
					+ LoadProblems.describe(e) + ")", e);
		}
	}

	/** Releases the lock and every loaded document. Unsaved changes are dropped. */
	@Override
	public void close() {
		for (Resource resource : new ArrayList<>(resourceSet.getResources())) {
			resource.unload();
		}
		resourceSet.getResources().clear();
		if (lock != null) {
			lock.close();
		}
	}

	/** The resource set holding the index and the loaded documents (for editing domains and views). */
	public ResourceSet getResourceSet() {
		return resourceSet;
	}

	/** The entry's document as it is: a proxy while not loaded. ({@code getDocument()} would load it.) */
	private static Document unresolvedDocument(DocumentEntry entry) {
		return (Document) entry.eGet(DossierPackage.Literals.DOCUMENT_ENTRY__DOCUMENT, false);
	}

	private void loadIndex() throws DossierStoreException {
		Path file = folder.resolve(INDEX_FILE);
		try {
			index.load(XmlSafety.loadOptions());
		} catch (IOException | RuntimeException e) {
			throw new DossierStoreException(file, LoadProblems.describe(e), e);
		}
		if (!index.getErrors().isEmpty()) {
			throw new DossierStoreException(file, LoadProblems.describe(index.getErrors().get(0)));
		}
		if (index.getContents().size() != 1 || !(index.getContents().get(0) instanceof Dossier)) {
			throw new DossierStoreException(file, "holds no dossier");
		}
	}

	/** A crash during a save can leave temporary files; the files they were to replace are intact. */
	private void deleteLeftoversOfInterruptedSaves() {
		for (Path directory : List.of(folder, folder.resolve(DOCUMENTS_FOLDER))) {
			try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, AtomicFiles::isTemporary)) {
				for (Path file : files) {
					Files.deleteIfExists(file);
				}
			} catch (IOException e) {
				// harmless: they are skipped by every reader and retried next time
			}
		}
	}

	private void checkWritable() throws DossierStoreException {
		if (isReadOnly()) {
			throw new DossierStoreException(folder, "is open read-only");
		}
	}

	private static Path checkDossier(Path folder) throws DossierStoreException {
		Path target = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(target)) {
			throw new DossierStoreException(target, Files.exists(target) ? "is a file, not a dossier folder" : "no such folder");
		}
		if (!isDossier(target)) {
			throw new DossierStoreException(target, "is not a dossier (no " + INDEX_FILE + " in it)");
		}
		return target;
	}

	private static boolean isEmptyDirectory(Path folder) {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			return !entries.iterator().hasNext();
		} catch (IOException e) {
			return false;
		}
	}

	private static ResourceSet createResourceSet(Path folder) {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl() {
			@Override
			public Resource createResource(URI uri) {
				XMIResourceImpl resource = new XMIResourceImpl(uri);
				// Links are by id: without this map every id lookup walks the whole file.
				resource.setIntrinsicIDToEObjectMap(new HashMap<>());
				return resource;
			}
		});
		resourceSet.getLoadOptions().putAll(XmlSafety.loadOptions());
		resourceSet.getURIConverter().getURIHandlers().add(0, new ConfinedUriHandler(folder));
		return resourceSet;
	}

	private static URI fileUri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
