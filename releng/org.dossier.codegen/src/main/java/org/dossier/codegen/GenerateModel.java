package org.dossier.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the EMF model and edit code of Dossier from {@value #GENMODEL}, outside Eclipse.
 * <p>
 * Generation always happens in a copy of the bundles, made without the {@link #GENERATED generated
 * files}, so those are a pure function of the model: a class removed from the model disappears, and
 * nothing hand-written in {@code src-gen} survives. The copy is then compared with the bundles:
 * {@code check} fails listing the files that differ, {@code regenerate} brings them over. Nothing in the
 * bundles is touched when generation fails.
 * <p>
 * Before generating, the genmodel is reconciled with the ecore (as Eclipse's genmodel editor does on
 * opening it), so a class added to the ecore needs no trip through Eclipse; the reconciled genmodel is
 * compared and brought over like the generated files.
 * <p>
 * Usage: {@code GenerateModel check|regenerate <bundles-dir> <work-dir>}
 */
public final class GenerateModel {

	/** The genmodel, relative to the bundles folder. */
	static final String GENMODEL = "org.dossier.model/model/dossier.genmodel";

	/** The bundles the generator reads from and writes to (the genmodel's model and edit directories). */
	static final List<String> BUNDLES = List.of("org.dossier.model", "org.dossier.model.edit");

	/**
	 * What the generator writes from scratch, never edited by hand: left out of the copy it generates
	 * into. The other files it touches are hand-written and only merged into: plugin.xml (extensions
	 * marked {@code @generated dossier} are replaced), the model's plugin.properties (missing keys are
	 * appended), MANIFEST.MF and build.properties (written only when missing), icons (likewise).
	 */
	static final List<String> GENERATED = List.of(
			"org.dossier.model/src-gen/",
			"org.dossier.model.edit/src-gen/",
			"org.dossier.model.edit/plugin.properties");

	private static final String REGENERATE_COMMAND = "./mvnw -f releng/org.dossier.codegen/pom.xml -Pregenerate verify";

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3 || !List.of("check", "regenerate").contains(args[0])) {
			throw new IllegalArgumentException("usage: GenerateModel check|regenerate <bundles-dir> <work-dir>");
		}
		boolean regenerate = args[0].equals("regenerate");
		Path bundles = Path.of(args[1]).toAbsolutePath().normalize();
		Path copy = Path.of(args[2]).toAbsolutePath().normalize();

		BundleTrees.copyWithout(bundles, copy, BUNDLES, GENERATED);
		generate(copy);
		List<String> differences = BundleTrees.compare(bundles, copy, BUNDLES);
		if (differences.isEmpty()) {
			System.out.println("The EMF code in " + bundles + " is what " + GENMODEL + " generates.");
		} else if (regenerate) {
			BundleTrees.bringOver(copy, bundles, differences, GENERATED);
			System.out.println("Regenerated " + differences.size() + " files in " + bundles + ":");
			differences.forEach(file -> System.out.println("  " + file));
		} else {
			StringBuilder message = new StringBuilder()
					.append("The EMF code in ").append(bundles).append(" is not what ").append(GENMODEL).append(" generates;\n")
					.append("regenerate it with `").append(REGENERATE_COMMAND).append("` and commit the result.\n")
					.append("Files that differ from a fresh generation in ").append(copy).append(':');
			for (String file : differences) {
				message.append("\n  ").append(file).append(BundleTrees.describe(bundles, copy, file));
			}
			throw new IllegalStateException(message.toString());
		}
	}

	/** Generates model and edit code from the genmodel in a bundles folder into the bundles there. */
	static void generate(Path bundles) throws IOException {
		for (String bundle : BUNDLES) {
			// The genmodel names folders as workspace paths (/org.dossier.model/src-gen), which EMF turns
			// into platform:/resource/org.dossier.model/src-gen; this map is the workspace.
			EcorePlugin.getPlatformResourceMap().put(bundle, URI.createFileURI(bundles.resolve(bundle) + "/"));
		}
		GenModel genModel = loadGenModel(URI.createPlatformResourceURI(GENMODEL, true));
		reconcile(genModel, bundles.resolve(GENMODEL));

		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry()
				.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			check(generator.generate(genModel, projectType, new BasicMonitor()), "Generating " + projectType + " code");
		}
	}

	private static GenModel loadGenModel(URI uri) {
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		GenModel genModel = (GenModel) resourceSet.getResource(uri, true).getContents().get(0);
		genModel.setCanGenerate(true);
		return genModel;
	}

	/** Brings the genmodel in step with the ecore, and saves it if that changed it. */
	private static void reconcile(GenModel genModel, Path file) throws IOException {
		if (!genModel.reconcile()) {
			throw new IOException(GENMODEL + " holds no package that matches its ecore");
		}
		for (GenPackage genPackage : genModel.getGenPackages()) {
			check(Diagnostician.INSTANCE.validate(genPackage.getEcorePackage()), "Validating " + genPackage.getEcorePackage().getNsURI());
		}
		check(genModel.diagnose(), "Validating " + GENMODEL);
		Resource resource = genModel.eResource();
		ByteArrayOutputStream reconciled = new ByteArrayOutputStream();
		resource.save(reconciled, Map.of(Resource.OPTION_LINE_DELIMITER, "\n"));
		if (!Arrays.equals(reconciled.toByteArray(), Files.readAllBytes(file))) {
			Files.write(file, reconciled.toByteArray());
			System.out.println("Reconciled " + GENMODEL + " with its ecore");
		}
	}

	/** Fails on errors, with the messages; prints warnings. */
	private static void check(Diagnostic diagnostic, String task) throws IOException {
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			StringBuilder message = new StringBuilder(task).append(" failed: ").append(diagnostic.getMessage());
			for (Diagnostic child : diagnostic.getChildren()) {
				message.append("\n  ").append(child.getMessage());
			}
			throw new IOException(message.toString());
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() == Diagnostic.WARNING) {
				System.out.println(task + ": warning: " + child.getMessage());
			}
		}
	}
}
