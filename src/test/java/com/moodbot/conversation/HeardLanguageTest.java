package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.moodbot.channel.Channel;
import com.moodbot.i18n.DefaultLanguageConfig;
import com.moodbot.i18n.Language;
import com.moodbot.support.CapturedLog;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeardLanguageTest {

    private final LanguagePreferences preferences = mock(LanguagePreferences.class);
    private final HeardLanguage heard = new HeardLanguage(preferences, new DefaultLanguageConfig("en"));

    private static Turn unchosen(Language language) {
        return new Turn("p", Channel.MESSENGER, language, false);
    }

    @Test
    void anotherLanguageIsKeptTheDefaultLeavesNothingAndAChoiceIsLeftAlone() {
        assertEquals(Language.ES, heard.follow(unchosen(Language.EN), Optional.of(Language.ES)).language());
        verify(preferences).hear("p", Language.ES);
        assertEquals(Language.EN, heard.follow(unchosen(Language.ES), Optional.of(Language.EN)).language());
        verify(preferences).unhear("p");

        LanguagePreferences untouched = mock(LanguagePreferences.class);
        HeardLanguage quiet = new HeardLanguage(untouched, new DefaultLanguageConfig("en"));
        quiet.follow(unchosen(Language.EN), Optional.of(Language.EN));
        quiet.follow(unchosen(Language.EN), Optional.empty());
        assertEquals(Language.EN, quiet.follow(new Turn("p", Channel.MESSENGER, Language.EN, true),
                Optional.of(Language.ES)).language(), "a language chosen stands");
        verifyNoInteractions(untouched);
    }

    @Test
    void aStoreThatFailsStillAnswersInTheLanguageWrittenWithOneLogLine() {
        doThrow(new IllegalStateException("Redis down\\nsecond line")).when(preferences).hear(anyString(), any());
        try (CapturedLog log = new CapturedLog(HeardLanguage.class)) {
            for (int i = 0; i < 5; i++) {
                assertEquals(Language.ES, heard.follow(unchosen(Language.EN), Optional.of(Language.ES)).language());
            }
            assertEquals(1, log.lines().size(), log.lines().toString());
            assertTrue(log.lines().get(0).contains("Could not remember the language person p wrote in"), log.lines().get(0));
            assertEquals(0, log.withStackTraces());
        }
    }
}
