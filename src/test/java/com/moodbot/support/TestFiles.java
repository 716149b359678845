package com.moodbot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Scratch files and folders for tests, all under one folder per test JVM that goes when the JVM exits, so a run
 * leaves nothing in the system's temp folder. Many of them outlive the test that made them: a model folder a
 * server reads until the class's context closes, a browser profile Chromium writes until the driver quits.
 */
public final class TestFiles {

    private static final Path ROOT = createRoot();

    private TestFiles() {
    }

    /** A new empty folder whose name starts with {@code prefix}. */
    public static Path dir(String prefix) throws IOException {
        return Files.createTempDirectory(ROOT, prefix);
    }

    /** A new empty file, e.g. {@code file("selfie", ".jpg")}. */
    public static Path file(String prefix, String suffix) throws IOException {
        return Files.createTempFile(ROOT, prefix, suffix);
    }

    private static Path createRoot() {
        try {
            Path root = Files.createTempDirectory("moodbot-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root), "moodbot-test-files"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Best effort: a process still writing into a folder (a browser that has not quite gone) can keep a file. */
    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // the folder is in the system's temp folder; nothing here may fail a JVM's exit
        }
    }
}
