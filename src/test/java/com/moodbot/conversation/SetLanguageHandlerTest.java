package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import com.moodbot.channel.Channel;
import com.moodbot.i18n.Language;
import com.moodbot.support.CapturedLog;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetLanguageHandlerTest {

    @Test
    void aStoreThatFailsStillSaysSoInTheLanguageChosenWithOneSafeLogLine() {
        LanguagePreferences preferences = mock(LanguagePreferences.class);
        doThrow(new IllegalStateException("Redis down\nsecond line")).when(preferences).set(anyString(), any());
        SetLanguageHandler handler = new SetLanguageHandler(preferences);
        try (CapturedLog log = new CapturedLog(SetLanguageHandler.class)) {
            for (int i = 0; i < 5; i++) {
                List<Reply> replies = handler.handle(new Turn("p", Channel.MESSENGER, Language.EN, false),
                        new Payload.SetLanguage(Language.ES));
                assertEquals(Phrases.of(Language.ES).languageSet(), ((Reply.Text) replies.get(0)).text());
            }
            assertEquals(1, log.lines().size(), log.lines().toString());
            assertTrue(log.lines().get(0).contains("Could not remember the language of person p"), log.lines().get(0));
            assertFalse(log.lines().get(0).contains("\n"), log.lines().get(0));
            assertEquals(0, log.withStackTraces());
        }
    }
}
