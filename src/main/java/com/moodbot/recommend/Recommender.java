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
 * Picks from the items the mood policy allows, never repeating an item for the same person until
 * that list is exhausted; then the list starts over. Items the person was shown in the category under other moods
 * come after the rest of the list. A pinned item the person has not seen leads;
 * otherwise the {@link ItemChoice} picks (weighted random, or learned from taps). For a group photo the
 * list is the mood's {@code group: true} items, when it has any, with a history of its own.
 */
public final class Recommender {

    private final CatalogSource catalogs;
    private final Map<Channel, BestEffortHistory> histories = new EnumMap<>(Channel.class);
    private final ItemChoice choice;

    /** Today's weighted random pick, without learning. */
    public Recommender(CatalogSource catalogs, ChannelHistories histories, RandomGenerator random) {
        this(catalogs, histories, new WeightedChoice(random));
    }

    public Recommender(CatalogSource catalogs, ChannelHistories histories, ItemChoice choice) {
        this.catalogs = catalogs;
        for (Channel channel : Channel.values()) {
            this.histories.put(channel, new BestEffortHistory(histories.of(channel)));
        }
        this.choice = choice;
    }

    /** The policy's first category for this mood. */
    public Optional<Recommendation> recommend(Channel channel, String person, Emotion mood) {
        return recommend(channel, person, mood, firstCategory(mood));
    }

    /** An item not yet shown to {@code person} (a keyed hash) on {@code channel}, for this mood and category. */
    public Optional<Recommendation> recommend(Channel channel, String person, Emotion mood, Category category) {
        return recommend(channel, person, mood, category, false);
    }

    /** The same; for a {@code group} photo, from the items marked for groups where there are some. */
    public Optional<Recommendation> recommend(Channel channel, String person, Emotion mood, Category category,
                                              boolean group) {
        BestEffortHistory history = histories.get(channel);
        Catalog catalog = catalogs.current();
        List<Emotion> drawFrom = catalog.rule(mood).drawFrom();
        List<CatalogItem> all = catalog.candidates(category, drawFrom);
        List<CatalogItem> forGroups = group ? all.stream().filter(CatalogItem::group).toList() : List.of();
        List<CatalogItem> candidates = forGroups.isEmpty() ? all : forGroups;
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String ofCategory = category.label() + ":";
        String listKey = ofCategory + drawFrom.stream().map(Emotion::label).sorted().collect(Collectors.joining(","))
                + (forGroups.isEmpty() ? "" : ":group");
        Map<String, Set<String>> lists = history.lists(person, ofCategory);
        Set<String> seen = lists.getOrDefault(listKey, Set.of());
        List<CatalogItem> fresh = candidates.stream().filter(i -> !seen.contains(i.id())).toList();
        boolean startedOver = fresh.isEmpty() && candidates.size() > 1; // a list of one is no news
        if (fresh.isEmpty()) {
            history.reset(person, listKey);
            fresh = candidates;
        }
        Set<String> shownElsewhere = lists.entrySet().stream().filter(e -> !e.getKey().equals(listKey))
                .flatMap(e -> e.getValue().stream()).collect(Collectors.toSet());
        List<CatalogItem> notShown = fresh.stream().filter(i -> !shownElsewhere.contains(i.id())).toList();
        List<CatalogItem> unseen = notShown.isEmpty() ? fresh : notShown;
        boolean learns = catalog.learns(category);
        CatalogItem pick = pinned(unseen).orElseGet(() -> choice.choose(mood, category, learns, unseen));
        history.markSeen(person, listKey, pick.id());
        choice.shown(mood, category, pick);
        return Optional.of(new Recommendation(mood, category, pick, startedOver));
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

    /** The heaviest pinned item, the first in the catalog among equals. */
    private static Optional<CatalogItem> pinned(List<CatalogItem> fresh) {
        return fresh.stream().filter(CatalogItem::pinned)
                .reduce((a, b) -> b.weight() > a.weight() ? b : a);
    }
}
