package dev.triggerstudio.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.JDBC;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Connections straight from sqlite-jdbc, for a fast start (docs/performance.md, issue 20):
 * <ul>
 * <li>not through {@code DriverManager}, whose first use looks for drivers in every jar of the
 * class path (GraalPy's and JavaFX's included);</li>
 * <li>with sqlite-jdbc's native library loaded from the user's cache folder, where it is put once,
 * instead of copied out of the jar into the temp folder and checked on every start. The file's
 * name holds the jar entry's CRC, so a new sqlite-jdbc never loads an old library; it is written
 * under a temporary name and moved into place, so a half-written file is never loaded.</li>
 * </ul>
 * Whenever the cache cannot be used, sqlite-jdbc loads its library its own way.
 */
final class SqliteDriver {
    private static boolean libraryChosen;

    private SqliteDriver() {
    }

    static Connection connect(String url, Properties options) throws SQLException {
        useCachedLibrary();
        return JDBC.createConnection(url, options);
    }

    private static synchronized void useCachedLibrary() {
        if (libraryChosen || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        libraryChosen = true;
        try {
            Path folder = cacheFolder();
            String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
            URL url = JDBC.class.getResource(resource);
            if (folder == null || url == null || !(url.openConnection() instanceof JarURLConnection jar)) {
                return;
            }
            String name = Long.toHexString(jar.getJarEntry().getCrc()) + "-" + LibraryLoaderUtil.getNativeLibName();
            Path library = folder.resolve(name);
            if (!Files.isRegularFile(library)) {
                write(url, folder, library);
            }
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            // no cache folder we can write, or an unusual class path: sqlite-jdbc extracts as usual
        }
    }

    private static void write(URL url, Path folder, Path library) throws IOException {
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, "libsqlitejdbc", ".part");
        try (InputStream in = url.openStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, library, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The user's own cache folder (never the shared temp folder, where anyone could plant a library). */
    private static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache");
        return base == null ? null : base.resolve("trigger-studio").resolve("sqlite-jdbc");
    }
}
