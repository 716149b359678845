package com.moodbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** An output folder a command fills whole: absent or empty, never mixed with what an earlier run left. */
final class NewFolder {

    private NewFolder() {
    }

    /** Refuses {@code dir} when it holds anything; {@code why} says what mixing would break. */
    static void require(Path dir, String why) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(dir + " is not empty: give a new folder (" + why + ")");
            }
        }
    }
}
