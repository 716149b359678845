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
                "please delete my data", "Can you forget me?", "borra mis datos, por favor", "Elimina mis datos.")) {
            assertTrue(ForgetMe.asks(text), text);
        }
    }

    @Test
    void otherTextIsNot() {
        for (String text : List.of("forget it", "don't forget me", "Don’t delete my data!", "never forget me", "help", "", "olvida",
                "my data", "forget men")) {
            assertFalse(ForgetMe.asks(text), text);
        }
    }
}
