package com.moodbot.recommend;

import com.moodbot.channel.Channel;
import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Localized;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Weighted random choice from the items the mood policy allows, never repeating an item for the
 * same person until that list is exhausted; then the list starts over.
 */
public final class Recommender {

    private final CatalogSource catalogs;
    private final Map<Channel, BestEffortHistory> histories = new EnumMap<>(Channel.class);
    private final RandomGenerator random;

    public Recommender(CatalogSource catalogs, ChannelHistories histories, RandomGenerator random) {
        this.catalogs = catalogs;
        for (Channel channel : Channel.values()) {
            this.histories.put(channel, new BestEffortHistory(histories.of(channel)));
        }
        this.random = random;
    }

    /** The policy's first category for this mood. */
    public Optional<Recommendation> recommend(Channel channel, String person, Emotion mood) {
        return recommend(channel, person, mood, firstCategory(mood));
    }

    /** An item not yet shown to {@code person} (a keyed hash) on {@code channel}, for this mood and category. */
    public Optional<Recommendation> recommend(Channel channel, String person, Emotion mood, Category category) {
        BestEffortHistory history = histories.get(channel);
        Catalog catalog = catalogs.current();
        List<Emotion> drawFrom = catalog.rule(mood).drawFrom();
        List<CatalogItem> candidates = catalog.candidates(category, drawFrom);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String listKey = category.label() + ":" + drawFrom.stream().map(Emotion::label).sorted()
                .collect(Collectors.joining(","));
        Set<String> seen = history.seen(person, listKey);
        List<CatalogItem> fresh = candidates.stream().filter(i -> !seen.contains(i.id())).toList();
        if (fresh.isEmpty()) {
            history.reset(person, listKey);
            fresh = candidates;
        }
        CatalogItem pick = weightedPick(fresh);
        history.markSeen(person, listKey, pick.id());
        return Optional.of(new Recommendation(mood, category, pick));
    }

    public Category firstCategory(Emotion mood) {
        return catalogs.current().rule(mood).categories().get(0);
    }

    /** The policy's categories for a mood, in offer order. */
    public List<Category> categories(Emotion mood) {
        return catalogs.current().rule(mood).categories();
    }

    public Localized moodLine(Emotion mood) {
        return catalogs.current().rule(mood).line();
    }

    private CatalogItem weightedPick(List<CatalogItem> items) {
        double total = items.stream().mapToDouble(CatalogItem::weight).sum();
        double r = random.nextDouble() * total;
        for (CatalogItem item : items) {
            r -= item.weight();
            if (r < 0) {
                return item;
            }
        }
        return items.get(items.size() - 1);
    }
}
