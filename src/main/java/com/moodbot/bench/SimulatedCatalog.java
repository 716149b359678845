package com.moodbot.bench;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Localized;
import com.moodbot.recommend.Catalog;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.MoodRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bench recommend}'s world: twelve happy films whose catalog weights know nothing of what
 * people like; three of them (weight 1 each) are tapped at 12% of cards, the other nine at 4%.
 */
final class SimulatedCatalog {

    static final Emotion MOOD = Emotion.HAPPY;
    static final Category CATEGORY = Category.FILM;
    static final double BETTER = 0.12;
    static final double WORSE = 0.04;
    private static final double[] WEIGHTS = {2, 1, 1, 1.5, 1, 1, 2, 1, 1, 1, 1.5, 1};
    private static final Set<Integer> BETTER_ITEMS = Set.of(1, 5, 9);

    private SimulatedCatalog() {
    }

    static List<CatalogItem> items() {
        List<CatalogItem> items = new ArrayList<>();
        for (int i = 0; i < WEIGHTS.length; i++) {
            String id = "film-" + i;
            items.add(new CatalogItem(id, CATEGORY, Localized.same("Film " + i), Localized.same(""), Set.of(MOOD),
                    WEIGHTS[i], Localized.same("https://example.org/" + id), Optional.empty(), List.of()));
        }
        return items;
    }

    /** The known tap probability of {@code film-N}. */
    static double tapProbability(String id) {
        return BETTER_ITEMS.contains(Integer.parseInt(id.substring("film-".length()))) ? BETTER : WORSE;
    }

    /** The catalog, learning or with the policy's weighted random pick. */
    static Catalog catalog(boolean learning) {
        MoodRule rule = new MoodRule(List.of(MOOD), List.of(CATEGORY), Localized.same("Let's keep that going!"));
        return new Catalog(Map.of(CATEGORY, items()), Map.of(MOOD, rule), Instant.EPOCH,
                learning ? Set.of() : Set.of(CATEGORY));
    }
}
