package com.moodbot.logging;

/**
 * Makes a value a client chose safe for one log line: control characters (CR and LF included, so
 * no forged lines) and Unicode line separators become '?', and it is cut to 64 characters.
 */
public final class LogSafe {

    private static final int MAX = 64;

    private LogSafe() {
    }

    public static String value(String untrusted) {
        if (untrusted == null) {
            return "none";
        }
        StringBuilder out = new StringBuilder(Math.min(untrusted.length(), MAX + 1));
        for (int i = 0; i < untrusted.length() && out.length() < MAX; i++) {
            char c = untrusted.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        return untrusted.length() > MAX ? out + "..." : out.toString();
    }
}
