package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/** Counts "not my mood" corrections (detected -> chosen) as a quality signal; stores no photos or people. */
@Singleton
public class MoodCorrections {

    private final AtomicLongArray counts = new AtomicLongArray(Emotion.COUNT * Emotion.COUNT);

    public void record(Emotion detected, Emotion chosen) {
        counts.incrementAndGet(detected.ordinal() * Emotion.COUNT + chosen.ordinal());
    }

    public long count(Emotion detected, Emotion chosen) {
        return counts.get(detected.ordinal() * Emotion.COUNT + chosen.ordinal());
    }

    /** Non-zero counts as {"happy->sad": 3, ...}. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Emotion d : Emotion.values()) {
            for (Emotion c : Emotion.values()) {
                long n = count(d, c);
                if (n > 0) {
                    out.put(d.label() + "->" + c.label(), n);
                }
            }
        }
        return out;
    }
}
