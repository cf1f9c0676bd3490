package org.dossier.io.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dossier.core.importing.ImportException;
import org.dossier.core.importing.ImportSource;
import org.dossier.internal.io.text.PlainTextImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text files in every encoding Dossier's four languages come in read back to the same text: UTF-8 with
 * and without a byte order mark, UTF-16 both ways round, and the 8-bit encodings, where windows-1251
 * and KOI8-R Russian must not be mistaken for each other, nor for windows-1252, even in a short line.
 */
class EncodingDetectionTest {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
	private static final Charset KOI8_R = Charset.forName("KOI8-R");
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final PlainTextImporter importer = new PlainTextImporter();

	static Stream<Arguments> filesAndEncodings() {
		List<Arguments> cases = new ArrayList<>();
		List<String> files = List.of("fr-communique.txt", "de-bericht.txt", "en-brief.txt", "ru-svodka.txt", "ru-fido-zametka.txt");
		for (String file : files) {
			for (String bom : List.of("UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM")) {
				cases.add(Arguments.of(file, bom));
			}
		}
		cases.add(Arguments.of("fr-communique.txt", "windows-1252"));
		cases.add(Arguments.of("de-bericht.txt", "windows-1252"));
		cases.add(Arguments.of("en-brief.txt", "windows-1252"));
		cases.add(Arguments.of("ru-svodka.txt", "windows-1251"));
		cases.add(Arguments.of("ru-fido-zametka.txt", "windows-1251"));
		// KOI8-R has no « » — or №: the FIDO-era note is written with ASCII quotes, as such texts were.
		cases.add(Arguments.of("ru-fido-zametka.txt", "KOI8-R"));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("filesAndEncodings")
	void aFileReadsBackToTheSameText(String file, String encoding) throws ImportException {
		String text = Sources.dataText("text/" + file);

		assertThat(importer.read(ImportSource.of(file, encode(text, encoding))).getText()).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Срочно: землетрясение в Казахстане", "МИД РОССИИ ЗАЯВИЛ О ПЕРЕГОВОРАХ", "Привет всем!",
			"В 2014 г. зарегистрировано 559 толчков.", "Сейсмологи просят присылать наблюдения", "объём съезда", "Ёлка и ёж" })
	void aShortRussianLineIsReadInWindows1251(String line) throws ImportException {
		assertThat(importer.read(ImportSource.of("note.txt", line.getBytes(WINDOWS_1251))).getText()).isEqualTo(line);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Срочно: землетрясение в Казахстане", "МИД РОССИИ ЗАЯВИЛ О ПЕРЕГОВОРАХ", "Привет всем!",
			"В 2014 г. зарегистрировано 559 толчков.", "Сейсмологи просят присылать наблюдения", "объём съезда", "Ёлка и ёж" })
	void aShortRussianLineIsReadInKoi8r(String line) throws ImportException {
		assertThat(importer.read(ImportSource.of("note.txt", line.getBytes(KOI8_R))).getText()).isEqualTo(line);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Grüße aus München", "Voilà, à été créé", "L'ÉTÉ À PARIS", "Straße, Größe, Übermaß",
			"Le préfet a déclaré : « non »", "„Wir schaffen das“, sagte sie – 3,7 Mio. €" })
	void aShortFrenchOrGermanLineIsReadInWindows1252(String line) throws ImportException {
		assertThat(importer.read(ImportSource.of("note.txt", line.getBytes(WINDOWS_1252))).getText()).isEqualTo(line);
	}

	private static byte[] encode(String text, String encoding) {
		return switch (encoding) {
		case "UTF-8" -> text.getBytes(StandardCharsets.UTF_8);
		case "UTF-8 BOM" -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, text.getBytes(StandardCharsets.UTF_8));
		case "UTF-16LE BOM" -> concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text.getBytes(StandardCharsets.UTF_16LE));
		case "UTF-16BE BOM" -> concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, text.getBytes(StandardCharsets.UTF_16BE));
		default -> {
			Charset charset = Charset.forName(encoding);
			assertThat(charset.newEncoder().canEncode(text)).as("the test text can be written in " + encoding).isTrue();
			yield text.getBytes(charset);
		}
		};
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
