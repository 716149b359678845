package com.moodbot.recommend.learning;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.Catalog;
import com.moodbot.recommend.CatalogSource;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.MoodRule;
import java.util.ArrayList;
import java.util.List;

/** Every mood's categories, in the policy's order, with what each has learned. */
public final class LearningOverview {

    private final CatalogSource catalogs;
    private final TapThroughStore store;
    private final LearningConfig config;

    public LearningOverview(CatalogSource catalogs, TapThroughStore store, LearningConfig config) {
        this.catalogs = catalogs;
        this.store = store;
        this.config = config;
    }

    /** @param language the items' titles' */
    public List<LearnedRanking> rankings(Language language) {
        Catalog catalog = catalogs.current();
        List<LearnedRanking> out = new ArrayList<>();
        for (Emotion mood : Emotion.values()) {
            MoodRule rule = catalog.rule(mood);
            for (Category category : rule.categories().stream().sorted().toList()) {
                out.add(LearnedRanking.of(mood.label(), category.label(), config.enabled() && catalog.learns(category),
                        catalog.candidates(category, rule.drawFrom()), store.read(mood, category), config, language));
            }
        }
        return out;
    }
}
