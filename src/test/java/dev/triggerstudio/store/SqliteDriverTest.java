package dev.triggerstudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sqlite.JDBC;
import org.sqlite.util.LibraryLoaderUtil;

/** sqlite-jdbc's native library comes from the user's cache folder, the same bytes as in the jar. */
class SqliteDriverTest {

    @Test
    void aStoreLoadsTheNativeLibraryFromTheCacheFolderWithTheJarsBytes() throws Exception {
        try (Store store = Store.inMemory()) {
            assertThat(store.connection().isValid(1)).isTrue();
        }
        Path library = Path.of(System.getProperty("org.sqlite.lib.path"), System.getProperty("org.sqlite.lib.name"));
        byte[] inJar;
        try (InputStream in = JDBC.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath() + "/"
                + LibraryLoaderUtil.getNativeLibName())) {
            inJar = in.readAllBytes();
        }

        assertThat(library.getParent().toString()).contains("trigger-studio");
        assertThat(Files.readAllBytes(library)).isEqualTo(inJar);
        try (var files = Files.list(library.getParent())) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
