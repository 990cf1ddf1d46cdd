package dev.triggerstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stderr goes to a terminal, which Java does not say directly. */
final class Terminal {
    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        String forced = System.getProperty("studio.progress");
        if (forced != null) {
            return forced.equals("always");
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.exists(fd2)) {
            // Linux: file descriptor 2 links to /dev/pts/N or /dev/ttyN on a terminal, elsewhere on a file or pipe
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        // elsewhere the console is the best sign: it exists when stdin and stdout are a terminal
        return System.console() != null && System.console().isTerminal();
    }
}
