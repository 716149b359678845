package com.moodbot.recommend;

import com.moodbot.emotion.Emotion;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A validated set of catalogs and the mood policy, immutable once loaded. {@code learningOff}: the
 * categories where the policy keeps the weighted random pick instead of learning from taps.
 */
public record Catalog(Map<Category, List<CatalogItem>> items, Map<Emotion, MoodRule> policy, Instant loadedAt,
                      Set<Category> learningOff) {

    public Catalog {
        items = Map.copyOf(items);
        policy = Map.copyOf(policy);
        learningOff = Set.copyOf(learningOff);
    }

    /** Learning on in every category. */
    public Catalog(Map<Category, List<CatalogItem>> items, Map<Emotion, MoodRule> policy, Instant loadedAt) {
        this(items, policy, loadedAt, Set.of());
    }

    public boolean learns(Category category) {
        return !learningOff.contains(category);
    }

    public MoodRule rule(Emotion emotion) {
        return policy.get(emotion);
    }

    /** The item of {@code category} with {@code id}: the one a tap or an edit names. */
    public Optional<CatalogItem> item(Category category, String id) {
        return items.getOrDefault(category, List.of()).stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Items of a category that suit any of the given catalog moods. */
    public List<CatalogItem> candidates(Category category, List<Emotion> moods) {
        return items.getOrDefault(category, List.of()).stream()
                .filter(i -> moods.stream().anyMatch(i.moods()::contains))
                .toList();
    }

    /** Whether an item names {@code file} as its picture in the catalog folder's {@code images/}. */
    public boolean namesPicture(String file) {
        return items.values().stream().flatMap(List::stream)
                .anyMatch(i -> i.image().filter(LocalImages::isLocal).filter(file::equals).isPresent());
    }

    /** Item counts per category and mood, for the admin view. */
    public Map<Category, Map<Emotion, Integer>> counts() {
        Map<Category, Map<Emotion, Integer>> counts = new EnumMap<>(Category.class);
        items.forEach((category, list) -> {
            Map<Emotion, Integer> perMood = new EnumMap<>(Emotion.class);
            for (Emotion e : Emotion.values()) {
                perMood.put(e, (int) list.stream().filter(i -> i.moods().contains(e)).count());
            }
            counts.put(category, perMood);
        });
        return counts;
    }
}
