package org.dossier.internal.io.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.dossier.core.importing.ImportException;

/**
 * The XML parts of a DOCX package (a zip archive), read so that a zip bomb cannot get past: every entry
 * is inflated under watch, counting the bytes that come out against the bytes that went in, and refused
 * when it grows beyond {@value #MAX_ENTRY_MEGABYTES} MB or more than {@value #MAX_RATIO} times its
 * compressed size. The sizes the archive declares are not trusted; a bomb declares small ones.
 */
final class DocxPackage {

	static final int MAX_ENTRY_MEGABYTES = 50;
	static final long MAX_ENTRY_BYTES = MAX_ENTRY_MEGABYTES * 1024L * 1024L;
	static final int MAX_RATIO = 100;
	/** Small entries may compress better than {@value #MAX_RATIO}:1 (repetitive XML); only larger ones are judged by ratio. */
	static final long RATIO_GRACE_BYTES = 100 * 1024;
	/** All entries together, media included, may inflate to this much. */
	static final long MAX_TOTAL_BYTES = 4 * MAX_ENTRY_BYTES;

	/**
	 * The zip reader reads ahead up to this much, so the count of compressed bytes read for an entry can
	 * be short by as much; it is given to the entry, in its favour.
	 */
	private static final int READ_AHEAD = 512;

	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

	private final Map<String, byte[]> parts;

	private DocxPackage(Map<String, byte[]> parts) {
		this.parts = parts;
	}

	/** The part at {@code name} (a path inside the archive, no leading slash), or null. */
	byte[] part(String name) {
		return parts.get(name);
	}

	/** Reads the XML and relationship parts of the package; media are inflated (and checked) but not kept. */
	static DocxPackage read(byte[] bytes) throws ImportException {
		if (bytes.length == 0) {
			throw new ImportException("empty file");
		}
		Map<String, byte[]> parts = new HashMap<>();
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[16 * 1024];
		try (CountingInputStream counted = new CountingInputStream(new ByteArrayInputStream(bytes));
				ZipInputStream zip = new ZipInputStream(counted)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				entries++;
				String name = entry.getName();
				boolean keep = isXml(name);
				ByteArrayOutputStream content = keep ? new ByteArrayOutputStream() : null;
				long compressedStart = counted.count();
				long inflated = 0;
				int n;
				while ((n = zip.read(buffer)) > 0) {
					inflated += n;
					total += n;
					if (inflated > MAX_ENTRY_BYTES) {
						throw bomb(name, "inflates to more than " + MAX_ENTRY_MEGABYTES + " MB");
					}
					long compressed = counted.count() - compressedStart + READ_AHEAD;
					if (inflated > RATIO_GRACE_BYTES && inflated > MAX_RATIO * compressed) {
						throw bomb(name, "inflates more than " + MAX_RATIO + " times its compressed size");
					}
					if (total > MAX_TOTAL_BYTES) {
						throw bomb(name, "the archive inflates to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
					}
					if (keep) {
						content.write(buffer, 0, n);
					}
				}
				if (keep) {
					parts.put(name, content.toByteArray());
				}
			}
		} catch (ZipException e) {
			throw new ImportException("damaged DOCX: the zip archive cannot be read (" + e.getMessage() + ")", e);
		} catch (IOException e) {
			throw new ImportException("damaged or truncated DOCX (" + e.getMessage() + ")", e);
		}
		if (entries == 0) {
			throw new ImportException(startsWith(bytes, OLE2_MAGIC)
					? "not a DOCX: an old Word (.doc) file or a password-protected document"
					: "not a DOCX: not a zip archive");
		}
		return new DocxPackage(parts);
	}

	private static boolean isXml(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xml") || lower.endsWith(".rels");
	}

	private static ImportException bomb(String entry, String what) {
		return new ImportException("refused as a zip bomb: " + entry + " " + what);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Counts the compressed bytes the zip reader has taken. */
	private static final class CountingInputStream extends FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		long count() {
			return count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}
	}
}
