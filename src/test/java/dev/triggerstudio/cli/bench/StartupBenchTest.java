package dev.triggerstudio.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The startup instrument works: a real IDE process starts, reports and exits. Never timed. */
@Tag("ui")
class StartupBenchTest {
    @Test
    void theIdeReportsWhenItsWindowAndFirstEditorAreReady() throws Exception {
        System.setProperty("studio.home", Path.of("").toAbsolutePath().toString());
        StartupBench.Startup s = StartupBench.once(Path.of("samples/ledger"));
        assertThat(s.windowShownMs()).isPositive();
        assertThat(s.firstEditorUsableMs()).isGreaterThanOrEqualTo(s.windowShownMs());
    }

    @Test
    void theIdeReachesItsWindowOnTheHeadlessPlatformTheLaunchersBuildUsesToWriteItsArchive() throws Exception {
        // the archive itself cannot be checked here: the JDK does not archive classes loaded from
        // the test class path's directories (the launcher's class path is all jars)
        System.setProperty("studio.home", Path.of("").toAbsolutePath().toString());
        StartupBench.Startup s = StartupBench.headless(java.util.List.of(), Path.of("samples/ledger"));
        assertThat(s.windowShownMs()).isPositive();
        assertThat(s.firstEditorUsableMs()).isGreaterThanOrEqualTo(s.windowShownMs());
    }
}
