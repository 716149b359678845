package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.moodbot.channel.Channel;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.Category;
import com.moodbot.support.CapturedLog;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The kind asked is best effort: a store that fails costs the person nothing but that kind, the operator one line. */
class KindAskedTest {

    private static final Turn MESSENGER = new Turn("p", Channel.MESSENGER, Language.EN, false);

    @Test
    void aFailingStoreGivesNoKindAndOneLogSafeLine() {
        AskedKinds store = mock(AskedKinds.class);
        RuntimeException down = new IllegalStateException("connection refused\nat redis:6379");
        doThrow(down).when(store).asked(anyString(), any());
        when(store.take(anyString())).thenThrow(down);
        KindAsked kindAsked = new KindAsked(store);
        try (CapturedLog log = new CapturedLog(KindAsked.class)) {
            kindAsked.remember(MESSENGER, Category.SONG);
            assertEquals(Optional.empty(), kindAsked.take(MESSENGER));
            assertEquals(1, log.lines().size(), "one line per 10 s: " + log.lines());
            assertTrue(log.lines().get(0).startsWith("Could not remember the kind person p was asked a mood for"),
                    log.lines().get(0));
            assertTrue(log.lines().get(0).indexOf('\n') < 0, "log-safe: " + log.lines().get(0));
            assertEquals(0, log.withStackTraces());
        }
    }

    @Test
    void theWebPageIsNeverAsked() {
        AskedKinds store = mock(AskedKinds.class);
        KindAsked kindAsked = new KindAsked(store);
        Turn web = new Turn("tab", Channel.WEB, Language.EN, false);
        kindAsked.remember(web, Category.SONG);
        assertEquals(Optional.empty(), kindAsked.take(web));
        verifyNoInteractions(store);
    }
}
