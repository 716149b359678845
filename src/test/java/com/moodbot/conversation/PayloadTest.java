package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.Category;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Suggestions carry their group and given flags through a quick reply; anything else after them is not ours.
 */
class PayloadTest {

    @Test
    void aSuggestionForAGroupRoundTripsAndOneWithoutTheFlagIsNotForAGroup() {
        Payload.More more = new Payload.More(Emotion.HAPPY, Category.FILM, true, false);
        assertEquals("MORE|happy|film|group", more.encode());
        assertEquals(Optional.of(more), Payload.parse(more.encode()));
        assertEquals(Optional.of(new Payload.Switch(Emotion.SAD, Category.SONG, false, false)), Payload.parse("CAT|sad|song"));
        assertEquals(Optional.of(new Payload.More(Emotion.SAD, Category.FILM, false, false)), Payload.parse("MORE|sad|film"),
                "quick replies sent before the flag existed still work");
    }

    @Test
    void aSuggestionForAMoodThePersonGaveRoundTripsWithOrWithoutAGroup() {
        for (Payload.Suggestion given : List.of(new Payload.Switch(Emotion.SAD, Category.SONG, false, true),
                new Payload.More(Emotion.HAPPY, Category.PLACE, true, true))) {
            assertEquals(Optional.of(given), Payload.parse(given.encode()), given.encode());
        }
        assertEquals("CAT|sad|song|given", new Payload.Switch(Emotion.SAD, Category.SONG, false, true).encode());
    }

    @Test
    void theLanguageMenuItemCarriesItsMenusLanguage() {
        assertEquals(Optional.of(new Payload.ChooseLanguage(Optional.of(Language.ES))), Payload.parse("LANGUAGE|es"));
        assertEquals(Optional.of(new Payload.ChooseLanguage(Optional.empty())), Payload.parse("LANGUAGE"));
        assertEquals(Optional.empty(), Payload.parse("LANGUAGE|fr"));
    }

    @Test
    void aKindToBrowseRoundTrips() {
        for (Payload.Browse browse : List.of(new Payload.Browse(Category.FOOD, Optional.empty()),
                new Payload.Browse(Category.FOOD, Optional.of(Emotion.SAD)))) {
            assertEquals(Optional.of(browse), Payload.parse(browse.encode()), browse.encode());
        }
        assertEquals("BROWSE|food|sad", new Payload.Browse(Category.FOOD, Optional.of(Emotion.SAD)).encode());
        assertEquals(Optional.empty(), Payload.parse("BROWSE|food|sad|x"));
        assertEquals(Optional.empty(), Payload.parse("BROWSE|food|cheerful"));
        assertEquals(Optional.empty(), Payload.parse("BROWSE|cake"));
    }

    @Test
    void notMyMoodAndItsPickCarryTheGroupAndTheCategoryOfTheCardTheyWereUnder() {
        for (Payload p : List.of(new Payload.NotMyMood(Emotion.SAD, false, List.of(), Optional.of(Category.SONG)),
                new Payload.NotMyMood(Emotion.SAD, true, List.of(Emotion.FEAR), Optional.of(Category.FOOD)),
                new Payload.NotMyMood(Emotion.SAD, true, List.of(), Optional.empty()),
                new Payload.PickMood(Emotion.HAPPY, Emotion.SAD, true, Optional.of(Category.PLACE)),
                new Payload.PickMood(Emotion.HAPPY, Emotion.SAD, false, Optional.empty()))) {
            assertEquals(Optional.of(p), Payload.parse(p.encode()), p.encode());
        }
        assertEquals("WRONG|sad+fear|group|food",
                new Payload.NotMyMood(Emotion.SAD, true, List.of(Emotion.FEAR), Optional.of(Category.FOOD)).encode());
        assertEquals(Optional.of(new Payload.PickMood(Emotion.HAPPY, Emotion.SAD, false, Optional.empty())),
                Payload.parse("MOOD|happy|sad"), "picks sent before the category was carried still work");
    }

    @Test
    void aFourthPartOtherThanGroupOrGivenIsRefused() {
        for (String notOurs : List.of("MORE|happy|film|all", "MORE|happy|film|group|x", "MORE|happy|film|given|group",
                "MORE|happy|film|given|given", "WRONG|happy|given", "WRONG|happy|film|group", "WRONG|happy|group|film|x",
                "MOOD|happy|sad|cake", "ANSWER|happy|sad|group")) {
            assertEquals(Optional.empty(), Payload.parse(notOurs), notOurs);
        }
    }
}
