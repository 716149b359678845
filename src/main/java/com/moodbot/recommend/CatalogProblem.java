package com.moodbot.recommend;

import com.moodbot.i18n.Language;

/**
 * One thing wrong in a catalog file, printed as {@code file:line: message} (in English); line 0 is the
 * whole file or folder, printed {@code file: message}.
 */
public record CatalogProblem(String file, int line, CheckMessage what) {

    public String message() {
        return what.in(Language.EN);
    }

    /** "1 problem", "3 problems". */
    public static String count(int problems) {
        return problems + (problems == 1 ? " problem" : " problems");
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message();
    }
}
