package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.i18n.Language;
import com.moodbot.support.RedisServer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The language chosen is kept a year; the one written in, 30 days after the last message, and only until a choice. */
class RedisLanguagePreferencesTest {

    @Test
    void theLanguageWrittenInIsKeptThirtyDaysAndGoesWithAChoiceOrAnErasure() throws Exception {
        RedisServer.connected(c -> {
            RedisLanguagePreferences languages = new RedisLanguagePreferences(c);
            languages.hear("p", Language.ES);
            assertEquals(new LanguagePreferences.Kept(Optional.empty(), Optional.of(Language.ES)), languages.kept("p"));
            long ttl = c.sync().ttl("moodbot:heard:p");
            assertTrue(ttl > 29 * 24 * 3600 && ttl <= 30 * 24 * 3600, "30 days: " + ttl);

            assertTrue(languages.setIfNone("p", Language.EN));
            assertEquals(new LanguagePreferences.Kept(Optional.of(Language.EN), Optional.empty()), languages.kept("p"),
                    "a choice leaves nothing written-in behind");
            assertTrue(c.sync().ttl("moodbot:lang:p") > 364L * 24 * 3600, "a year");

            languages.hear("q", Language.ES);
            languages.unhear("q");
            assertEquals(Optional.empty(), languages.kept("q").heard());
            languages.hear("q", Language.ES);
            assertTrue(languages.erase("q"));
            assertFalse(languages.erase("q"), "nothing left");
            assertEquals(0L, c.sync().exists("moodbot:heard:q", "moodbot:lang:q"));
        });
    }
}
