package com.moodbot.recommend;

import com.moodbot.emotion.Emotion;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One thing we can recommend. */
public record CatalogItem(String id, Category category, String title, String description, Set<Emotion> moods,
                          double weight, String url, Optional<String> image, List<String> tags) {

    public CatalogItem {
        moods = Set.copyOf(moods);
        tags = List.copyOf(tags);
    }
}
