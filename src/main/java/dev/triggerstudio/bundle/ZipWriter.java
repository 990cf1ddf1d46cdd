package dev.triggerstudio.bundle;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes a reproducible zip: entries in the order given, stored (not deflated, so the bytes do not
 * depend on the zlib the JDK was built with), a fixed timestamp (1980-01-01 00:00, the first DOS
 * date) and fixed Unix permissions 0644, no extra fields, no comment. Same entries, same bytes.
 */
final class ZipWriter {
    static final int DOS_DATE_1980_01_01 = (1 << 5) | 1;
    static final int DOS_TIME_MIDNIGHT = 0;
    static final int UNIX_REGULAR_0644 = 0100644;
    private static final int VERSION_MADE_BY_UNIX = (3 << 8) | 20;
    private static final int VERSION_NEEDED_STORED = 10;
    private static final int FLAG_UTF8 = 1 << 11;

    private record Written(byte[] name, long crc, int size, int offset) {
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Written> written = new ArrayList<>();

    void add(String name, byte[] data) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(data);
        Written w = new Written(n, crc.getValue(), data.length, out.size());
        ByteBuffer h = header(30 + n.length);
        h.putInt(0x04034b50).putShort((short) VERSION_NEEDED_STORED).putShort((short) FLAG_UTF8).putShort((short) 0);
        h.putShort((short) DOS_TIME_MIDNIGHT).putShort((short) DOS_DATE_1980_01_01);
        h.putInt((int) w.crc).putInt(w.size).putInt(w.size).putShort((short) n.length).putShort((short) 0).put(n);
        out.writeBytes(h.array());
        out.writeBytes(data);
        written.add(w);
    }

    byte[] finish() {
        int cdStart = out.size();
        for (Written w : written) {
            ByteBuffer h = header(46 + w.name.length);
            h.putInt(0x02014b50).putShort((short) VERSION_MADE_BY_UNIX).putShort((short) VERSION_NEEDED_STORED);
            h.putShort((short) FLAG_UTF8).putShort((short) 0);
            h.putShort((short) DOS_TIME_MIDNIGHT).putShort((short) DOS_DATE_1980_01_01);
            h.putInt((int) w.crc).putInt(w.size).putInt(w.size).putShort((short) w.name.length);
            h.putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0);
            h.putInt(UNIX_REGULAR_0644 << 16).putInt(w.offset).put(w.name);
            out.writeBytes(h.array());
        }
        int cdSize = out.size() - cdStart;
        ByteBuffer end = header(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
        end.putShort((short) written.size()).putShort((short) written.size());
        end.putInt(cdSize).putInt(cdStart).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer header(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
