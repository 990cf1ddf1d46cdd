package dev.triggerstudio.hardening;

import dev.triggerstudio.model.Json;
import java.nio.file.Path;

/**
 * Child process of {@link AtomicSaveTest}: saves ever new versions of one trigger file through
 * {@link Json#writeAtomically} until it is killed. Each version's size differs, so a torn write
 * would show as a text whose length does not match the version it names.
 */
public final class AtomicSaveLoop {
    private AtomicSaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        for (int version = 1; ; version++) {
            Json.writeAtomically(file, text(version));
        }
    }

    static String text(int version) {
        return "-- version " + version + "\n" + "x".repeat(50_000 + (version % 97) * 1_000) + "\n-- end " + version + "\n";
    }
}
