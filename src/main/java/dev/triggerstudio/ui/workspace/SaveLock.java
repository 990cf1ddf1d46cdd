package dev.triggerstudio.ui.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One save at a time per project folder, across the windows of this process and across
 * processes: a save checks the disk and then writes, and two saves interleaving there could both
 * pass the check and one would silently overwrite the other. The lock file lives in the temp
 * folder, named after the project's path, so that nothing appears in the project itself.
 */
final class SaveLock {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long WAIT_MS = 5_000;

    private SaveLock() {
    }

    /** Runs the save holding the project's lock; gives up after a few seconds with a plain message. */
    static void around(Path root, SaveAction save) throws IOException {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(root, r -> new ReentrantLock());
        if (!tryLock(local)) {
            throw busy(root);
        }
        try (FileChannel channel = FileChannel.open(lockFile(root), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = acquire(channel, root)) {
            save.run();
        } finally {
            local.unlock();
        }
    }

    /** The part of a save that must not interleave with another. */
    interface SaveAction {
        void run() throws IOException;
    }

    private static boolean tryLock(ReentrantLock lock) throws IOException {
        try {
            return lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the save was interrupted before it started; nothing was written", e);
        }
    }

    private static FileLock acquire(FileChannel channel, Path root) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw busy(root);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("the save was interrupted before it started; nothing was written", e);
            }
        }
    }

    private static IOException busy(Path root) {
        return new IOException("another Trigger Studio window is saving " + root + "; nothing was written, save again");
    }

    private static Path lockFile(Path root) throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "trigger-studio-locks");
        Files.createDirectories(dir);
        return dir.resolve(sha1(root.toString()) + ".lock");
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
