package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedCategoryTest {

    private static Optional<TypedCategory.Request> request(Category category, Emotion mood) {
        return Optional.of(new TypedCategory.Request(category, Optional.ofNullable(mood)));
    }

    @Test
    void aKindOfSuggestionAsTheWholeMessageIsOneWithItsMoodBeforeOrAfterIt() {
        assertEquals(request(Category.FILM, null), TypedCategory.of("A film, please!"));
        assertEquals(request(Category.FOOD, null), TypedCategory.of("give me something to eat"));
        assertEquals(request(Category.PLACE, null), TypedCategory.of("Any place to go?"));
        assertEquals(request(Category.SONG, Emotion.HAPPY), TypedCategory.of("Can I have a happy song"));
        assertEquals(request(Category.FILM, Emotion.SAD), TypedCategory.of("sad movie"));
        assertEquals(request(Category.FILM, null), TypedCategory.of("Recomiéndame una peli"));
        assertEquals(request(Category.SONG, Emotion.HAPPY), TypedCategory.of("¡Una canción alegre!"));
        assertEquals(request(Category.FOOD, Emotion.SAD), TypedCategory.of("quiero un plato triste"));
        assertEquals(request(Category.PLACE, null), TypedCategory.of("un sitio al que ir"));
        assertEquals(request(Category.FILM, null), TypedCategory.of("recommend me a film"));
        assertEquals(request(Category.FILM, null), TypedCategory.of("¿Me recomiendas una peli?"));
        assertEquals(request(Category.SONG, Emotion.HAPPY), TypedCategory.of("canciones alegres"));
        assertEquals(request(Category.PLACE, Emotion.HAPPY), TypedCategory.of("a happy place to go"));
        assertEquals(request(Category.FILM, null), TypedCategory.of("What should I watch?"));
        assertEquals(request(Category.FOOD, null), TypedCategory.of("I'm hungry"));
        assertEquals(request(Category.FOOD, null), TypedCategory.of("¡Tengo hambre!"));
        assertEquals(request(Category.PLACE, null), TypedCategory.of("¿A dónde voy?"));
    }

    @Test
    void sentencesThatSayMoreAreNotOne() {
        for (String text : new String[] {"I was sad yesterday but now I want a film", "not a film", "film festival",
                "una peli de miedo", "sad", "happy happy song", "", "🎬"}) {
            assertEquals(Optional.empty(), TypedCategory.of(text), text);
        }
    }
}
