package org.dossier.io.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile zip archives: entries that lie about their size, or that are simply too big. */
final class ZipBombs {

	private static final int LOCAL_HEADER = 0x04034b50;
	private static final int CENTRAL_HEADER = 0x02014b50;

	private ZipBombs() {
	}

	/** One deflated entry whose local and central headers declare {@code declaredSize} bytes, whatever it holds. */
	static byte[] deflatedDeclaringSize(String name, byte[] content, int declaredSize) {
		byte[] zip = single(name, content, ZipEntry.DEFLATED);
		for (int i = 0; i + 46 < zip.length; i++) {
			int signature = littleEndian(zip, i);
			if (signature == LOCAL_HEADER) {
				writeLittleEndian(zip, i + 22, declaredSize);
			} else if (signature == CENTRAL_HEADER) {
				writeLittleEndian(zip, i + 24, declaredSize);
			}
		}
		return zip;
	}

	/** One stored (uncompressed) entry of random bytes: big, but no bigger than its archive. */
	static byte[] storedRandom(String name, int size) {
		byte[] content = new byte[size];
		new Random(42).nextBytes(content);
		return single(name, content, ZipEntry.STORED);
	}

	/** An archive of one entry with its sizes and checksum in the local header, as the bombs need. */
	private static byte[] single(String name, byte[] content, int method) {
		CRC32 crc = new CRC32();
		crc.update(content);
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(method);
		entry.setSize(content.length);
		entry.setCrc(crc.getValue());
		entry.setCompressedSize(method == ZipEntry.STORED ? content.length : deflatedSize(content));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(entry);
			zip.write(content);
			zip.closeEntry();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static long deflatedSize(byte[] content) {
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		deflater.setInput(content);
		deflater.finish();
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		while (!deflater.finished()) {
			size += deflater.deflate(buffer);
		}
		deflater.end();
		return size;
	}

	private static int littleEndian(byte[] bytes, int at) {
		return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | (bytes[at + 3] & 0xFF) << 24;
	}

	private static void writeLittleEndian(byte[] bytes, int at, int value) {
		for (int i = 0; i < 4; i++) {
			bytes[at + i] = (byte) (value >>> (8 * i));
		}
	}
}
