package com.moodbot.support;

import com.moodbot.analytics.UsageCounters;
import java.util.Random;

/**
 * Made-up counts for the figures page's browser tests and screenshot: busier in the evenings,
 * about a third of it on the web page, a few "not my mood" picks on both channels.
 */
public final class SimulatedUsage {

    private static final String[] MOODS = {"angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"};
    private static final double[] SHARE = {0.08, 0.02, 0.05, 0.38, 0.14, 0.08, 0.25};
    private static final String[][] ITEMS = {{"film", "happy", "paddington-2-2017"},
            {"song", "happy", "pharrell-williams-happy"}, {"food", "sad", "hot-chocolate"},
            {"place", "neutral", "botanical-garden"}, {"film", "sad", "amelie-2001"}};

    private SimulatedUsage() {
    }

    /** Every hour from {@code fromHour} to {@code toHour}, both included. */
    public static void add(UsageCounters counters, long fromHour, long toHour, long seed) {
        Random random = new Random(seed);
        for (long hour = fromHour; hour <= toHour; hour++) {
            int local = (int) ((hour + 1) % 24);
            int photos = (int) Math.round((local >= 18 ? 30 : local >= 8 ? 14 : 3) * (0.7 + 0.6 * random.nextDouble()));
            int web = (int) Math.round(photos * (0.2 + 0.3 * random.nextDouble()));
            for (int i = 0; i < MOODS.length; i++) {
                long n = Math.round(photos * SHARE[i] * (0.6 + 0.8 * random.nextDouble()));
                if (n > 0) {
                    counters.add(hour, "mood|" + MOODS[i], n);
                }
            }
            counters.add(hour, "photo|face", photos);
            counters.add(hour, "photo_web|face", web);
            long instagram = Math.round(photos * 0.15);
            counters.add(hour, "photo_instagram|face", instagram);
            counters.add(hour, "photo|no_face", Math.round(photos * 0.1));
            counters.add(hour, "photo|unsupported_format", random.nextInt(2));
            for (String[] item : ITEMS) {
                long shown = Math.round(photos * 0.3 * random.nextDouble());
                counters.add(hour, String.join("|", "shown", item[0], item[1], item[2]), shown);
                counters.add(hour, "shown_web|" + item[0], Math.round(shown * (double) web / Math.max(1, photos)));
                counters.add(hour, "shown_instagram|" + item[0], Math.round(shown * (double) instagram / Math.max(1, photos)));
                counters.add(hour, String.join("|", "tap", item[0], item[1], item[2]),
                        Math.round(shown * (0.1 + 0.3 * random.nextDouble())));
            }
            int saw = random.nextInt(7);
            int chose = random.nextInt(7);
            if (random.nextInt(4) == 0 && saw != chose) {
                String field = (random.nextInt(3) == 0 ? "wrong_web|" : "wrong|") + MOODS[saw] + "|" + MOODS[chose];
                counters.add(hour, field, 1);
                if (field.startsWith("wrong|") && hour % 5 == 0) {
                    counters.add(hour, "wrong_instagram|" + MOODS[saw] + "|" + MOODS[chose], 1);
                }
            }
        }
    }
}
