package dev.triggerstudio.bundle;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Writes zips the way an attacker would: any name, any mode, deflated or not, sizes that lie. */
final class HostileZip {
    private record Item(String name, byte[] content, boolean deflate, int mode, Long declaredSize) {
    }

    private final List<Item> items = new ArrayList<>();

    HostileZip file(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8), false, 0100644, null);
    }

    HostileZip add(String name, byte[] content, boolean deflate, int mode, Long declaredSize) {
        items.add(new Item(name, content, deflate, mode, declaredSize));
        return this;
    }

    HostileZip symlink(String name, String target) {
        return add(name, target.getBytes(StandardCharsets.UTF_8), false, 0120777, null);
    }

    HostileZip deflated(String name, byte[] content) {
        return add(name, content, true, 0100644, null);
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<byte[]> central = new ArrayList<>();
        for (Item it : items) {
            byte[] name = it.name.getBytes(StandardCharsets.UTF_8);
            byte[] data = it.deflate ? deflate(it.content) : it.content;
            CRC32 crc = new CRC32();
            crc.update(it.content);
            long size = it.declaredSize != null ? it.declaredSize : it.content.length;
            int offset = out.size();
            ByteBuffer loc = le(30 + name.length);
            loc.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x800).putShort((short) (it.deflate ? 8 : 0));
            loc.putInt(0).putInt((int) crc.getValue()).putInt(data.length).putInt((int) size);
            loc.putShort((short) name.length).putShort((short) 0).put(name);
            out.writeBytes(loc.array());
            out.writeBytes(data);
            ByteBuffer cen = le(46 + name.length);
            cen.putInt(0x02014b50).putShort((short) ((3 << 8) | 20)).putShort((short) 20).putShort((short) 0x800);
            cen.putShort((short) (it.deflate ? 8 : 0)).putInt(0).putInt((int) crc.getValue()).putInt(data.length);
            cen.putInt((int) size).putShort((short) name.length).putShort((short) 0).putShort((short) 0);
            cen.putShort((short) 0).putShort((short) 0).putInt(it.mode << 16).putInt(offset).put(name);
            central.add(cen.array());
        }
        int cdStart = out.size();
        central.forEach(out::writeBytes);
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) items.size());
        end.putShort((short) items.size()).putInt(out.size() - cdStart).putInt(cdStart).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] content) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(content);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
