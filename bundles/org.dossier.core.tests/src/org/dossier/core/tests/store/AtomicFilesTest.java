package org.dossier.core.tests.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dossier.internal.core.store.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path temp;

	@Test
	void replacesTheFileWhole() throws Exception {
		Path file = temp.resolve("index.xmi");
		Files.writeString(file, "old");
		AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
		assertThat(file).hasContent("new");
		assertThat(Files.list(temp)).containsExactly(file);
	}

	@Test
	void aWriteInterruptedHalfWayKeepsTheOldFileAndNoTemporary() throws Exception {
		Path file = temp.resolve("index.xmi");
		Files.writeString(file, "the saved state");
		assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
			out.write("half of the new st".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		})).hasMessage("disk full");
		assertThat(file).hasContent("the saved state");
		assertThat(Files.list(temp)).containsExactly(file);
	}

	@Test
	void unforcedWritesAreWholeAndAreForcedTogetherLater() throws Exception {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Path file = temp.resolve("documents").resolve("d-" + i + ".xmi");
			byte[] content = ("document " + i).getBytes(StandardCharsets.UTF_8);
			AtomicFiles.writeUnforced(file, out -> out.write(content));
			files.add(file);
		}
		AtomicFiles.force(files);
		for (int i = 0; i < 12; i++) {
			assertThat(files.get(i)).hasContent("document " + i);
		}
		try (Stream<Path> written = Files.list(temp.resolve("documents"))) {
			assertThat(written).containsExactlyInAnyOrderElementsOf(files);
		}
	}

	@Test
	void forcingAFileThatIsGoneFailsNamingIt() throws Exception {
		Path kept = temp.resolve("kept.xmi");
		AtomicFiles.writeUnforced(kept, out -> out.write(1));
		Path gone = temp.resolve("gone.xmi");
		assertThatThrownBy(() -> AtomicFiles.force(List.of(kept, gone))).isInstanceOf(IOException.class)
				.hasMessageContaining("gone.xmi");
	}

	@Test
	void recognisesItsTemporaryFiles() {
		assertThat(AtomicFiles.isTemporary(Path.of(".dossier.xmi.0b8f.saving"))).isTrue();
		assertThat(AtomicFiles.isTemporary(Path.of("dossier.xmi"))).isFalse();
	}
}
