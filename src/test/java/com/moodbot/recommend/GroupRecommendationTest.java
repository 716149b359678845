package com.moodbot.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.channel.Channel;
import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.learning.BanditChoice;
import com.moodbot.recommend.learning.InMemoryTapThroughStore;
import com.moodbot.recommend.learning.LearningConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A group photo's card: from the items marked {@code group: true}, through the same history and choice. */
class GroupRecommendationTest {

    private final Catalog catalog;

    GroupRecommendationTest() throws Exception {
        catalog = new CatalogLoader(Clock.systemUTC()).load(Path.of("recommendations"));
    }

    @Test
    void everyMoodsFirstCategoryHasGroupItemsInTheShippedCatalogs() {
        for (Emotion mood : Emotion.values()) {
            Category first = catalog.rule(mood).categories().get(0);
            for (Category category : Category.values()) {
                assertTrue(catalog.candidates(category, catalog.rule(mood).drawFrom()).stream().anyMatch(CatalogItem::group),
                        "a group item for " + mood + " in " + category + (category == first ? " (its first)" : ""));
            }
        }
    }

    @Test
    void aGroupDrawsOnlyFromGroupItemsWithoutRepeatsAndTheChoiceSeesOnlyThem() {
        List<List<CatalogItem>> offered = new ArrayList<>();
        WeightedChoice weighted = new WeightedChoice(new Random(7));
        ItemChoice recording = (mood, category, learning, fresh) -> {
            offered.add(fresh);
            return weighted.choose(mood, category, learning, fresh);
        };
        InMemoryHistoryStore history = new InMemoryHistoryStore(10);
        Recommender recommender = new Recommender(() -> catalog, ChannelHistories.shared(history), recording);
        List<CatalogItem> forGroups = catalog.candidates(Category.FILM, List.of(Emotion.SAD)).stream()
                .filter(CatalogItem::group).toList();
        assertTrue(forGroups.size() >= 2, "the shipped catalogs have group films for sad: " + forGroups);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < forGroups.size(); i++) {
            CatalogItem pick = recommender.recommend(Channel.MESSENGER, "p", Emotion.SAD, Category.FILM, true)
                    .orElseThrow().item();
            assertTrue(pick.group(), pick.id());
            assertTrue(seen.add(pick.id()), "repeated " + pick.id());
        }
        assertTrue(offered.stream().flatMap(List::stream).allMatch(CatalogItem::group), "the choice saw only group items");
        assertTrue(recommender.recommend(Channel.MESSENGER, "p", Emotion.SAD, Category.FILM, true).orElseThrow().item().group(),
                "the group list starts over");
        assertEquals(1, history.seen("p", "film:sad:group").size(), "a history of its own");
        assertEquals(0, history.seen("p", "film:sad").size(), "a person's own cards are left alone");
        assertFalse(recommender.recommend(Channel.MESSENGER, "p", Emotion.SAD, Category.FILM).isEmpty());
    }

    @Test
    void theBanditPicksAGroupItemForAGroup() {
        LearningConfig learning = new LearningConfig(true, Duration.ofDays(14), 1000, 20, 0.05);
        Recommender recommender = new Recommender(() -> catalog, ChannelHistories.shared(new InMemoryHistoryStore(10)),
                new BanditChoice(new InMemoryTapThroughStore(Clock.systemUTC(), learning), learning, new SplittableRandom(3)));
        for (int i = 0; i < 20; i++) {
            assertTrue(recommender.recommend(Channel.WEB, "tab-" + i, Emotion.HAPPY, Category.SONG, true)
                    .orElseThrow().item().group());
        }
    }

    @Test
    void withoutGroupItemsForTheMoodAnyItemWillDo() {
        Map<Category, List<CatalogItem>> items = new EnumMap<>(catalog.items());
        items.put(Category.FILM, catalog.items().get(Category.FILM).stream().map(i -> new CatalogItem(i.id(), i.category(),
                i.title(), i.description(), i.moods(), i.weight(), i.url(), i.image(), i.tags(), i.pinned(), false)).toList());
        Catalog noGroupFilms = new Catalog(items, catalog.policy(), catalog.loadedAt(), catalog.learningOff());
        Recommender recommender = new Recommender(() -> noGroupFilms, ChannelHistories.shared(new InMemoryHistoryStore(10)),
                new Random(1));
        int all = noGroupFilms.candidates(Category.FILM, List.of(Emotion.SAD)).size();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < all; i++) {
            seen.add(recommender.recommend(Channel.MESSENGER, "p", Emotion.SAD, Category.FILM, true).orElseThrow().item().id());
        }
        assertEquals(all, seen.size(), "every sad film, none repeated");
    }
}
