package com.moodbot.emotion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The seven FER2013 expression classes, in the challenge's label order (index = CSV label). */
public enum Emotion {
    ANGRY, DISGUST, FEAR, HAPPY, SAD, SURPRISE, NEUTRAL;

    public static final int COUNT = values().length;

    /** Lower-case name as used in catalogs, CSV label files and JSON output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Emotion ofIndex(int index) {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("emotion label " + index + " is outside 0.." + (COUNT - 1));
        }
        return values()[index];
    }

    /** The class with the highest probability (or logit); ties go to the lower label. */
    public static Emotion mostLikely(float[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return ofIndex(best);
    }

    public static Optional<Emotion> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.name().equals(wanted)).findFirst();
    }
}
