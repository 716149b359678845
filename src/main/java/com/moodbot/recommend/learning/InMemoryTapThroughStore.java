package com.moodbot.recommend.learning;

import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Without Redis: this process learns alone, and forgets at restart. */
@Singleton
@Requires(missingProperty = "redis.uri")
public class InMemoryTapThroughStore implements TapThroughStore {

    private final Map<String, ListCounts> lists = new ConcurrentHashMap<>();
    private final Clock clock;
    private final LearningConfig config;

    public InMemoryTapThroughStore(Clock clock, LearningConfig config) {
        this.clock = clock;
        this.config = config;
    }

    @Override
    public void shown(Emotion mood, Category category, String item) {
        list(mood, category).add(item, clock.millis(), 1, 0);
    }

    @Override
    public void tapped(Emotion mood, Category category, String item) {
        list(mood, category).add(item, clock.millis(), 0, 1);
    }

    @Override
    public LearnedCounts read(Emotion mood, Category category) {
        ListCounts list = lists.get(mood.label() + ":" + category.label());
        return list == null ? LearnedCounts.NONE : list.snapshot(clock.millis());
    }

    private ListCounts list(Emotion mood, Category category) {
        return lists.computeIfAbsent(mood.label() + ":" + category.label(), k -> new ListCounts());
    }

    /** One mood and category; an item's counts are decayed up to its {@code at} whenever touched. */
    private final class ListCounts {
        private long cards;
        private final Map<String, Counts> items = new HashMap<>();

        synchronized void add(String item, long now, int shows, int taps) {
            Counts c = items.computeIfAbsent(item, k -> new Counts(now));
            double f = config.decay(now - c.at);
            c.shows = c.shows * f + shows;
            c.taps = c.taps * f + taps;
            c.at = Math.max(c.at, now);
            if (shows > 0) {
                c.lastCard = ++cards;
            }
        }

        synchronized LearnedCounts snapshot(long now) {
            Map<String, ItemCounts> out = new HashMap<>();
            items.forEach((item, c) -> {
                double f = config.decay(now - c.at);
                out.put(item, new ItemCounts(c.shows * f, c.taps * f, c.lastCard));
            });
            return new LearnedCounts(cards, out);
        }
    }

    private static final class Counts {
        double shows;
        double taps;
        long at;
        long lastCard;

        Counts(long at) {
            this.at = at;
        }
    }
}
