package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.i18n.Language;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedLanguageTest {

    @Test
    void aTextIsInTheLanguageWithMoreOfItsCommonWords() {
        for (String spanish : new String[] {"hola", "¡Gracias!", "¿Qué puedes hacer?", "olvídame", "me gusta", "Buenos días"}) {
            assertEquals(Optional.of(Language.ES), TypedLanguage.of(spanish), spanish);
        }
        for (String english : new String[] {"hi", "Thanks!", "What can you do?", "forget me", "I like it", "good morning"}) {
            assertEquals(Optional.of(Language.EN), TypedLanguage.of(english), english);
        }
    }

    @Test
    void theNamesOfTheKindsOfSuggestionTellItButNotTheLittleWordsInThem() {
        assertEquals(Optional.of(Language.ES), TypedLanguage.of("una película"));
        assertEquals(Optional.of(Language.EN), TypedLanguage.of("a movie"));
        assertEquals(Optional.empty(), TypedLanguage.of("Al Pacino"));
        assertEquals(Optional.empty(), TypedLanguage.of("something like La La Land"), "each word once");
        assertEquals(Optional.empty(), TypedLanguage.of("hola, I'm Ana"));
    }

    @Test
    void noneWhenItIsNotPlainlyEither() {
        for (String text : new String[] {"", "ok", "😀👍", "jajaja", "hola hi", "123"}) {
            assertEquals(Optional.empty(), TypedLanguage.of(text), text);
        }
    }
}
