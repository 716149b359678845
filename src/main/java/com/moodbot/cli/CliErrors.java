package com.moodbot.cli;

import java.nio.file.NoSuchFileException;

/** One-line messages for the errors a user can fix, instead of stack traces. */
final class CliErrors {
    private CliErrors() {
    }

    static String describe(Exception e) {
        if (e instanceof NoSuchFileException nsf) {
            return "no such file: " + nsf.getFile() + (nsf.getReason() == null ? "" : " (" + nsf.getReason() + ")");
        }
        return e.getMessage();
    }
}
