package dev.triggerstudio.trace;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The on-disk half of a run's trace: one append-only file of JSON texts shared by the nodes of the
 * run, each node keeping only the offsets of its own. It holds the line recordings (every event)
 * and the record snapshots of large operations ({@link RecordList}), so neither is capped nor held
 * whole in memory. The file is deleted when nothing refers to it any more (or when the JVM exits).
 */
public final class LineSpill {
    private static final Cleaner CLEANER = Cleaner.create();

    private final Handle handle;
    private final OutputStream out;
    private long written;

    private LineSpill(Handle handle) {
        this.handle = handle;
        this.out = new BufferedOutputStream(Channels.newOutput(handle.channel), 1 << 16);
    }

    /** A new spill file for line events in the system's temporary folder. */
    public static LineSpill create() {
        return create("studio-lines-");
    }

    /** A new spill file in the system's temporary folder, its name starting with prefix. */
    public static LineSpill create(String prefix) {
        try {
            Path file = Files.createTempFile(prefix, ".jsonl");
            file.toFile().deleteOnExit();
            FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            Handle h = new Handle(file, ch);
            LineSpill spill = new LineSpill(h);
            CLEANER.register(spill, h);
            return spill;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the trace's temporary file: " + e.getMessage(), e);
        }
    }

    /** Appends bytes; returns their offset. */
    synchronized long append(byte[] bytes) {
        try {
            long at = written;
            out.write(bytes);
            written += bytes.length;
            return at;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace's temporary file: " + e.getMessage(), e);
        }
    }

    /** Bytes from offset to offset + length. */
    synchronized byte[] read(long offset, int length) {
        try {
            out.flush();
            ByteBuffer buf = ByteBuffer.allocate(length);
            while (buf.hasRemaining()) {
                if (handle.channel.read(buf, offset + buf.position()) < 0) {
                    throw new IOException("the recording ends early");
                }
            }
            return buf.array();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trace's temporary file: " + e.getMessage(), e);
        }
    }

    /** Closes and deletes the file and its channel when the spill is gone. */
    private record Handle(Path file, FileChannel channel) implements Runnable {
        @Override
        public void run() {
            try {
                channel.close();
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; deleteOnExit is the fallback
            }
        }
    }

    /** Writes through the channel at its end, so reads by position never move the write position. */
    private static final class Channels {
        static OutputStream newOutput(FileChannel ch) {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                    while (buf.hasRemaining()) {
                        ch.write(buf, ch.size());
                    }
                }
            };
        }
    }
}
