package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedCategoryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "A film, please!|FILM|", "give me something to eat|FOOD|", "Any place to go?|PLACE|",
        "Can I have a happy song|SONG|HAPPY", "sad movie|FILM|SAD", "Recomiéndame una peli|FILM|",
        "¡Una canción alegre!|SONG|HAPPY", "quiero un plato triste|FOOD|SAD", "un sitio al que ir|PLACE|",
        "recommend me a film|FILM|", "¿Me recomiendas una peli?|FILM|", "canciones alegres|SONG|HAPPY",
        "a happy place to go|PLACE|HAPPY", "What should I watch?|FILM|", "I'm hungry|FOOD|",
        "¡Tengo hambre!|FOOD|", "¿A dónde voy?|PLACE|"})
    void aKindOfSuggestionAsTheWholeMessageIsOneWithItsMoodBeforeOrAfterIt(String text, Category kind, Emotion mood) {
        assertEquals(Optional.of(new TypedCategory.Request(kind, Optional.ofNullable(mood))), TypedCategory.of(text));
    }

    @Test
    void sentencesThatSayMoreAreNotOne() {
        for (String text : new String[] {"I was sad yesterday but now I want a film", "not a film", "film festival",
                "una peli de miedo", "sad", "happy happy song", "", "🎬"}) {
            assertEquals(Optional.empty(), TypedCategory.of(text), text);
        }
    }
}
