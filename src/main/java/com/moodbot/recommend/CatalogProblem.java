package com.moodbot.recommend;

/** One thing wrong in a catalog file, printed as {@code file:line: message}. */
public record CatalogProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
