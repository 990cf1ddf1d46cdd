package dev.triggerstudio.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Rewrites the CRC of one stored entry after its bytes were changed, the way an attacker would, so
 * that only the manifest's SHA-256 can tell the content was altered.
 */
final class ZipPatch {
    private ZipPatch() {
    }

    static byte[] fixCrc(byte[] zip, String name) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        for (int p = 0; p + 4 <= zip.length; p++) {
            int sig = b.getInt(p);
            if (sig == 0x04034b50 && matches(zip, p + 30, n) && b.getShort(p + 26) == n.length) {
                int size = b.getInt(p + 18);
                CRC32 crc = new CRC32();
                crc.update(zip, p + 30 + n.length + b.getShort(p + 28), size);
                b.putInt(p + 14, (int) crc.getValue());
                patchCentral(b, zip, n, (int) crc.getValue());
                return zip;
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static void patchCentral(ByteBuffer b, byte[] zip, byte[] n, int crc) {
        for (int p = 0; p + 4 <= zip.length; p++) {
            if (b.getInt(p) == 0x02014b50 && b.getShort(p + 28) == n.length && matches(zip, p + 46, n)) {
                b.putInt(p + 16, crc);
            }
        }
    }

    private static boolean matches(byte[] zip, int at, byte[] n) {
        if (at + n.length > zip.length) {
            return false;
        }
        for (int i = 0; i < n.length; i++) {
            if (zip[at + i] != n[i]) {
                return false;
            }
        }
        return true;
    }
}
