package org.dossier.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Copies bundle folders and compares them file by file, leaving out build output. Files are named by
 * their path relative to the bundles folder, with '/' separators: org.dossier.model/plugin.xml.
 */
final class BundleTrees {

	/** Folders of a bundle that are build output, never copied or compared. */
	private static final Set<String> BUILD_OUTPUT = Set.of("target", "bin");

	private BundleTrees() {
	}

	/** Copies the bundles into an emptied folder, leaving out the files that start with one of the prefixes. */
	static void copyWithout(Path from, Path to, List<String> bundles, List<String> leftOut) throws IOException {
		deleteRecursively(to);
		for (String file : files(from, bundles)) {
			if (leftOut.stream().noneMatch(file::startsWith)) {
				Path target = to.resolve(file);
				Files.createDirectories(target.getParent());
				Files.copy(from.resolve(file), target);
			}
		}
	}

	/** The files that are not the same in the bundles of two folders: changed, or present in one only. */
	static List<String> compare(Path left, Path right, List<String> bundles) throws IOException {
		Set<String> files = new TreeSet<>(files(left, bundles));
		files.addAll(files(right, bundles));
		List<String> differences = new ArrayList<>();
		for (String file : files) {
			Path leftFile = left.resolve(file);
			Path rightFile = right.resolve(file);
			if (!Files.exists(leftFile) || !Files.exists(rightFile) || Files.mismatch(leftFile, rightFile) != -1) {
				differences.add(file);
			}
		}
		return differences;
	}

	/**
	 * Makes the given files in a folder what they are in another: copied over, or deleted; only files
	 * that start with one of the prefixes are ever deleted.
	 */
	static void bringOver(Path from, Path to, List<String> files, List<String> deletable) throws IOException {
		for (String file : files) {
			Path source = from.resolve(file);
			Path target = to.resolve(file);
			if (Files.exists(source)) {
				Files.createDirectories(target.getParent());
				Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
			} else if (deletable.stream().anyMatch(file::startsWith)) {
				Files.delete(target);
			}
		}
	}

	/** How a file differs between the bundles and their fresh generation, for a reader. */
	static String describe(Path bundles, Path generation, String file) throws IOException {
		Path committed = bundles.resolve(file);
		Path generated = generation.resolve(file);
		if (!Files.exists(committed)) {
			return ": generated, but not in the bundle";
		}
		if (!Files.exists(generated)) {
			return ": in the bundle, but not generated";
		}
		String[] expected = new String(Files.readAllBytes(committed), StandardCharsets.ISO_8859_1).split("\n", -1);
		String[] actual = new String(Files.readAllBytes(generated), StandardCharsets.ISO_8859_1).split("\n", -1);
		for (int line = 0; line < Math.min(expected.length, actual.length); line++) {
			if (!expected[line].equals(actual[line])) {
				return ": differs from line " + (line + 1);
			}
		}
		return ": differs in length (" + expected.length + " lines in the bundle, " + actual.length + " generated)";
	}

	static void deleteRecursively(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> paths = Files.walk(folder)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	/**
	 * The files of the bundles in a folder, other than build output and hidden files: IDE settings, and
	 * the poms Tycho writes into bundles while a build runs (.polyglot.*, .tycho-consumer-pom.xml).
	 * Those folders are not even entered, as a build may be changing them meanwhile.
	 */
	private static List<String> files(Path folder, List<String> bundles) throws IOException {
		List<String> files = new ArrayList<>();
		for (String bundle : bundles) {
			Path root = folder.resolve(bundle);
			if (Files.isDirectory(root)) {
				Files.walkFileTree(root, new SimpleFileVisitor<>() {
					@Override
					public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
						if (directory.equals(root)) {
							return FileVisitResult.CONTINUE;
						}
						String name = directory.getFileName().toString();
						boolean buildOutput = directory.getParent().equals(root) && BUILD_OUTPUT.contains(name);
						return name.startsWith(".") || buildOutput ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
						if (!file.getFileName().toString().startsWith(".")) {
							files.add(bundle + "/" + root.relativize(file).toString().replace('\\', '/'));
						}
						return FileVisitResult.CONTINUE;
					}
				});
			}
		}
		Collections.sort(files);
		return files;
	}
}
