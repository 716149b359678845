package com.moodbot.recommend;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Localized;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One thing we can recommend; its title, description and link in every language. A pinned item leads for
 * its moods, learning or not, for everyone who has not seen it yet. A group item ({@code group: true})
 * suits several people together; a group photo's card comes from these where the mood has some.
 */
public record CatalogItem(String id, Category category, Localized title, Localized description, Set<Emotion> moods,
                          double weight, Localized url, Optional<String> image, List<String> tags, boolean pinned,
                          boolean group) {

    public CatalogItem {
        moods = Collections.unmodifiableSet(new LinkedHashSet<>(moods)); // the file's order, for the editor to keep
        tags = List.copyOf(tags);
    }

    /** Not for groups in particular. */
    public CatalogItem(String id, Category category, Localized title, Localized description, Set<Emotion> moods,
                       double weight, Localized url, Optional<String> image, List<String> tags, boolean pinned) {
        this(id, category, title, description, moods, weight, url, image, tags, pinned, false);
    }

    /** Not pinned, not for groups in particular. */
    public CatalogItem(String id, Category category, Localized title, Localized description, Set<Emotion> moods,
                       double weight, Localized url, Optional<String> image, List<String> tags) {
        this(id, category, title, description, moods, weight, url, image, tags, false, false);
    }
}
