package com.moodbot.logging;

/**
 * Makes a value a client chose safe for one log line: control characters (CR and LF included, so
 * no forged lines) and Unicode line separators become '?', and it is cut to 64 characters (or a length given).
 */
public final class LogSafe {

    private static final int MAX = 64;

    private LogSafe() {
    }

    public static String value(String untrusted) {
        return value(untrusted, MAX);
    }

    /** As {@link #value(String)}, cut to {@code max} characters instead. */
    public static String value(String untrusted, int max) {
        if (untrusted == null) {
            return "none";
        }
        StringBuilder out = new StringBuilder(Math.min(untrusted.length(), max + 1));
        for (int i = 0; i < untrusted.length() && out.length() < max; i++) {
            char c = untrusted.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        return untrusted.length() > max ? out + "..." : out.toString();
    }
}
