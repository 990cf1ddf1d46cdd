package dev.triggerstudio.bundle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a zip that may have been crafted to hurt: it parses the central directory itself (the JDK's
 * readers hide symlink bits and duplicate names), checks every entry's name, type, declared sizes,
 * compression ratio and position before inflating anything, and never trusts a declared size while
 * inflating. Every refusal is a {@link BundleException} naming the entry.
 */
final class SafeZipReader {
    private static final int EOCD_SIG = 0x06054b50;
    private static final int CEN_SIG = 0x02014b50;
    private static final int LOC_SIG = 0x04034b50;
    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFLNK = 0120000;

    private record Central(String name, int flags, int method, long crc, long compressed, long size, long offset,
                           int madeBy, long externalAttrs) {
    }

    private final byte[] zip;
    private final ByteBuffer buf;
    private final BundleLimits limits;

    private SafeZipReader(byte[] zip, BundleLimits limits) {
        this.zip = zip;
        this.buf = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        this.limits = limits;
    }

    /** The regular files of the zip, name → content, in central-directory order. */
    static Map<String, byte[]> read(byte[] zip, BundleLimits limits) {
        if (zip.length > limits.maxBundleBytes()) {
            throw new BundleException("the bundle is " + zip.length + " bytes, over the limit of "
                    + limits.maxBundleBytes());
        }
        return new SafeZipReader(zip, limits).readAll();
    }

    private Map<String, byte[]> readAll() {
        List<Central> entries = centralDirectory();
        checkNoOverlap(entries);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Central e : entries) {
            if (!e.name.endsWith("/")) {
                files.put(e.name, data(e));
            }
        }
        return files;
    }

    private List<Central> centralDirectory() {
        int eocd = findEndOfCentralDirectory();
        int disk = u16(eocd + 4);
        int cdDisk = u16(eocd + 6);
        int count = u16(eocd + 10);
        long cdSize = u32(eocd + 12);
        long cdOffset = u32(eocd + 16);
        if (disk != 0 || cdDisk != 0 || count != u16(eocd + 8)) {
            throw new BundleException("multi-part zip archives are not supported");
        }
        if (count == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
            throw new BundleException("zip64 archives are not supported (a bundle is far smaller than 4 GB)");
        }
        if (count > limits.maxEntries()) {
            throw new BundleException("the bundle has " + count + " entries, over the limit of " + limits.maxEntries());
        }
        if (cdOffset + cdSize > eocd) {
            throw new BundleException("corrupt zip: the central directory lies outside the file");
        }
        return readCentralEntries((int) cdOffset, (int) (cdOffset + cdSize), count);
    }

    private List<Central> readCentralEntries(int pos, int end, int count) {
        List<Central> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (int i = 0; i < count; i++) {
            if (pos + 46 > end || u32(pos) != CEN_SIG) {
                throw new BundleException("corrupt zip: central directory entry " + (i + 1) + " is damaged");
            }
            int nameLen = u16(pos + 28);
            int extraLen = u16(pos + 30);
            int commentLen = u16(pos + 32);
            if (pos + 46 + nameLen > end) {
                throw new BundleException("corrupt zip: central directory entry " + (i + 1) + " is truncated");
            }
            Central e = new Central(name(pos + 46, nameLen), u16(pos + 8), u16(pos + 10), u32(pos + 16),
                    u32(pos + 20), u32(pos + 24), u32(pos + 42), u16(pos + 4), u32(pos + 38));
            checkEntry(e, seen);
            total += e.size;
            if (total > limits.maxTotalBytes()) {
                throw new BundleException("the entries add up to more than " + limits.maxTotalBytes()
                        + " bytes uncompressed (zip bomb?); refused at " + e.name);
            }
            entries.add(e);
            pos += 46 + nameLen + extraLen + commentLen;
        }
        return entries;
    }

    private void checkEntry(Central e, Set<String> seen) {
        String unsafe = BundlePaths.unsafeReason(e.name);
        if (unsafe != null) {
            throw refused(e, unsafe);
        }
        if (!seen.add(e.name.toLowerCase(Locale.ROOT))) {
            throw refused(e, "duplicate entry name");
        }
        checkType(e);
        if ((e.flags & 1) != 0) {
            throw refused(e, "encrypted entries are not supported");
        }
        if (e.method != 0 && e.method != 8) {
            throw refused(e, "compression method " + e.method + " is not supported (use stored or deflate)");
        }
        if (e.size > limits.maxEntryBytes()) {
            throw refused(e, e.size + " bytes uncompressed, over the limit of " + limits.maxEntryBytes());
        }
        if (e.size >= limits.ratioFloorBytes() && e.size > (long) limits.maxRatio() * Math.max(1, e.compressed)) {
            throw refused(e, "compression ratio over " + limits.maxRatio() + ":1 (zip bomb?)");
        }
        if (e.method == 0 && e.size != e.compressed) {
            throw refused(e, "stored entry whose sizes disagree");
        }
    }

    private void checkType(Central e) {
        boolean unix = (e.madeBy >> 8) == 3;
        int mode = (int) (e.externalAttrs >>> 16) & S_IFMT;
        if (unix && mode == S_IFLNK) {
            throw refused(e, "symbolic links are not allowed");
        }
        if (unix && mode != 0 && mode != S_IFREG && mode != S_IFDIR) {
            throw refused(e, "only regular files are allowed (this is a device, socket or pipe)");
        }
        if (e.name.endsWith("/") && e.size != 0) {
            throw refused(e, "a directory entry with content");
        }
    }

    /** Overlapping entries let a tiny zip expand into many copies of the same data. */
    private void checkNoOverlap(List<Central> entries) {
        List<Central> byOffset = new ArrayList<>(entries);
        byOffset.sort((a, b) -> Long.compare(a.offset, b.offset));
        long previousEnd = 0;
        for (Central e : byOffset) {
            if (e.offset < previousEnd) {
                throw refused(e, "its data overlaps another entry (zip bomb?)");
            }
            previousEnd = dataStart(e) + e.compressed;
        }
    }

    private long dataStart(Central e) {
        if (e.offset + 30 > zip.length || u32((int) e.offset) != LOC_SIG) {
            throw refused(e, "its local header is missing or damaged");
        }
        int p = (int) e.offset;
        int nameLen = u16(p + 26);
        String localName = name(p + 30, nameLen);
        if (!localName.equals(e.name)) {
            throw refused(e, "its local header names a different file (" + localName + ")");
        }
        long start = e.offset + 30 + nameLen + u16(p + 28);
        if (start + e.compressed > zip.length) {
            throw refused(e, "its data runs past the end of the file");
        }
        return start;
    }

    private byte[] data(Central e) {
        int start = (int) dataStart(e);
        byte[] content = e.method == 0
                ? java.util.Arrays.copyOfRange(zip, start, start + (int) e.size)
                : inflate(e, start);
        CRC32 crc = new CRC32();
        crc.update(content);
        if (crc.getValue() != e.crc) {
            throw refused(e, "CRC mismatch: the zip is damaged");
        }
        return content;
    }

    /** Inflates into a buffer of the declared size plus one byte, so lying about the size is caught. */
    private byte[] inflate(Central e, int start) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, start, (int) e.compressed);
            byte[] out = new byte[(int) e.size + 1];
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int k = inflater.inflate(out, n, out.length - n);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += k;
            }
            if (n != e.size || !inflater.finished()) {
                throw refused(e, "inflates to a different size than declared (" + e.size + " bytes)");
            }
            return java.util.Arrays.copyOf(out, n);
        } catch (DataFormatException ex) {
            throw refused(e, "corrupt deflate data");
        } finally {
            inflater.end();
        }
    }

    private int findEndOfCentralDirectory() {
        int lowest = Math.max(0, zip.length - 22 - 0xFFFF);
        for (int p = zip.length - 22; p >= lowest; p--) {
            if (u32(p) == EOCD_SIG && p + 22 + u16(p + 20) == zip.length) {
                return p;
            }
        }
        throw new BundleException("not a zip file (no end of central directory record)");
    }

    private String name(int pos, int len) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(zip, pos, len)).toString();
        } catch (CharacterCodingException | IndexOutOfBoundsException ex) {
            throw new BundleException("an entry name is not valid UTF-8");
        }
    }

    private static BundleException refused(Central e, String why) {
        return new BundleException("entry " + printable(e.name) + " refused: " + why);
    }

    static String printable(String name) {
        return name.replaceAll("[\\p{Cntrl}]", "?");
    }

    private int u16(int pos) {
        return Short.toUnsignedInt(buf.getShort(pos));
    }

    private long u32(int pos) {
        return Integer.toUnsignedLong(buf.getInt(pos));
    }
}
