package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as asking to be forgotten: the phrases in either language, whatever the case, accents and end marks. */
class ForgetMeTest {

    @Test
    void theAsksInBothLanguagesAreRecognised() {
        for (String text : List.of("forget me", " Forget me! ", "DELETE MY DATA.", "olvídame", "¡Olvídame!", "Borra mis datos",
                "please delete my data", "borra mis datos, por favor", "Elimina mis datos.", "forget me now, thanks")) {
            assertTrue(ForgetMe.asks(text), text);
        }
    }

    /** Erasing is not undone: a sentence that only mentions it is asked about first, and the opposite is left alone. */
    @Test
    void aSentenceThatMentionsItIsAskedAboutAndTheOppositeIsNot() {
        for (String text : List.of("Can you forget me?", "how do I delete my data?", "I don't want you to delete my data",
                "should I delete my data?", "no quiero eliminar mis datos")) {
            assertFalse(ForgetMe.asks(text), text);
        }
        for (String text : List.of("Can you forget me?", "how do I delete my data?", "por favor, borra mis datos cuando puedas",
                "no, forget me")) {
            assertTrue(ForgetMe.mentions(text), text);
        }
    }

    @Test
    void otherTextIsNot() {
        for (String text : List.of("forget it", "don't forget me", "Don’t delete my data!", "never forget me", "help", "", "olvida",
                "my data", "forget men")) {
            assertFalse(ForgetMe.asks(text) || ForgetMe.mentions(text), text);
        }
    }
}
