package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Suggestions carry their group flag through a quick reply; anything else after them is not ours. */
class PayloadTest {

    @Test
    void aSuggestionForAGroupRoundTripsAndOneWithoutTheFlagIsNotForAGroup() {
        Payload.More more = new Payload.More(Emotion.HAPPY, Category.FILM, true);
        assertEquals("MORE|happy|film|group", more.encode());
        assertEquals(Optional.of(more), Payload.parse(more.encode()));
        assertEquals(Optional.of(new Payload.Switch(Emotion.SAD, Category.SONG, false)), Payload.parse("CAT|sad|song"));
        assertEquals(Optional.of(new Payload.More(Emotion.SAD, Category.FILM, false)), Payload.parse("MORE|sad|film"),
                "quick replies sent before the flag existed still work");
    }

    @Test
    void aFourthPartOtherThanGroupIsRefused() {
        assertEquals(Optional.empty(), Payload.parse("MORE|happy|film|all"));
        assertEquals(Optional.empty(), Payload.parse("MORE|happy|film|group|x"));
    }
}
