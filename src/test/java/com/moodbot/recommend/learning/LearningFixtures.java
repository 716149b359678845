package com.moodbot.recommend.learning;

import com.moodbot.bench.ManualClock;
import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Localized;
import com.moodbot.recommend.Catalog;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.MoodRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Sad films made up for one test, and the default learning settings. */
final class LearningFixtures {

    static final Emotion MOOD = Emotion.SAD;
    static final Category FILM = Category.FILM;
    /** A hand-moved clock at the tests' start. */
    static ManualClock clock() {
        return new ManualClock(Instant.parse("2026-06-01T00:00:00Z"));
    }

    static final LearningConfig DEFAULTS = new LearningConfig(true, Duration.ofDays(14), 1000, 20, 0.05);

    private LearningFixtures() {
    }

    static CatalogItem item(String id, double weight, boolean pinned) {
        return new CatalogItem(id, FILM, Localized.same(id), Localized.same(""), Set.of(MOOD), weight,
                Localized.same("https://example.org/" + id), Optional.empty(), List.of(), pinned);
    }

    static List<CatalogItem> items(String... ids) {
        List<CatalogItem> items = new ArrayList<>();
        for (String id : ids) {
            items.add(item(id, 1, false));
        }
        return items;
    }

    static Catalog catalog(List<CatalogItem> items, boolean learning) {
        return new Catalog(Map.of(FILM, items), Map.of(MOOD, new MoodRule(List.of(MOOD), List.of(FILM), Localized.same("x"))),
                Instant.EPOCH, learning ? Set.of() : Set.of(FILM));
    }
}
