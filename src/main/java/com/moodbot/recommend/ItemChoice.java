package com.moodbot.recommend;

import com.moodbot.emotion.Emotion;
import java.util.List;

/** How {@link Recommender} picks among the items a person has not seen yet (pins are settled before). */
public interface ItemChoice {

    /**
     * @param learning whether the policy lets this category learn from taps
     * @param fresh    the candidates, never empty
     */
    CatalogItem choose(Emotion mood, Category category, boolean learning, List<CatalogItem> fresh);

    /** The pick went out on a card. */
    default void shown(Emotion mood, Category category, CatalogItem item) {
    }
}
