package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.emotion.Emotion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedMoodTest {

    @Test
    void aMoodsOwnEmojiAloneOrRepeatedIsThatMood() {
        assertEquals(Optional.of(Emotion.SAD), TypedMood.of("😢"));
        assertEquals(Optional.of(Emotion.HAPPY), TypedMood.of(" 😄😄 😄 "));
        assertEquals(Optional.of(Emotion.NEUTRAL), TypedMood.of("😐\uFE0F"));
    }

    @Test
    void aMoodSaidAfterAnActuallyOrABuenoIsThatMood() {
        for (String text : new String[] {"Actually I'm sad", "En realidad estoy triste", "bueno, un poco triste",
                "well, sad"}) {
            assertEquals(Optional.of(Emotion.SAD), TypedMood.of(text), text);
        }
        for (String denied : new String[] {"I'm not sad", "No estoy triste"}) {
            assertEquals(Optional.empty(), TypedMood.of(denied), "a mood denied is none: " + denied);
        }
    }

    @Test
    void everydayWordsForAMoodAreThatMood() {
        for (String text : new String[] {"I'm feeling down", "feeling a bit low", "depressed", "estoy de bajón",
                "un poco deprimida", "me siento desanimado"}) {
            assertEquals(Optional.of(Emotion.SAD), TypedMood.of(text), text);
        }
        assertEquals(Optional.of(Emotion.FEAR), TypedMood.of("so stressed"));
        assertEquals(Optional.of(Emotion.FEAR), TypedMood.of("estoy agobiada"));
        assertEquals(Optional.of(Emotion.ANGRY), TypedMood.of("pissed off"));
    }

    @Test
    void theFacesPeopleSendForAMoodAreThatMoodToo() {
        assertEquals(Optional.of(Emotion.ANGRY), TypedMood.of("😡"));
        assertEquals(Optional.of(Emotion.HAPPY), TypedMood.of("😀😀"));
        assertEquals(Optional.of(Emotion.SAD), TypedMood.of("😭"));
        assertEquals(Optional.of(Emotion.SAD), TypedMood.of("☹\uFE0F"));
        assertEquals(Optional.of(Emotion.FEAR), TypedMood.of("😱"));
    }

    @Test
    void otherEmojiOrMoreThanOneMoodAreNot() {
        for (String text : new String[] {"😢😄", "😢😭", "😢 ok", "🎬", "👍", "😳", " ", ""}) {
            assertEquals(Optional.empty(), TypedMood.of(text), text);
        }
    }
}
