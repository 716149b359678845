package com.moodbot.config;

import java.util.Optional;

/**
 * The range checks configuration records run on their values. A refusal names the variable first
 * ({@code MOODBOT_WEB_CONCURRENT must be at least 1, not 0}): {@code serve} prints it as its one line.
 */
public final class Settings {

    private Settings() {
    }

    public static void atLeastOne(String variable, long value) {
        atLeast(variable, value, 1);
    }

    public static void atLeast(String variable, long value, long least) {
        if (value < least) {
            throw new IllegalArgumentException(variable + " must be at least " + least + ", not " + value);
        }
    }

    /**
     * What a configuration record said when it refused a setting (the first cause whose words start
     * with a variable's name), or empty when {@code failure} is something else, a bug.
     */
    public static Optional<String> refusal(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root instanceof IllegalArgumentException && root.getMessage() != null
                && root.getMessage().startsWith("MOODBOT_") ? Optional.of(root.getMessage()) : Optional.empty();
    }

    public static void between(String variable, long value, long low, long high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(variable + " must be between " + low + " and " + high + ", not " + value);
        }
    }

    public static void between(String variable, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(variable + " must be between " + low + " and " + high + ", not " + value);
        }
    }
}
