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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What was last offered is best effort: a store that fails costs the person nothing but that kind, the operator one line. */
class LastOfferedTest {

    private static final Turn MESSENGER = new Turn("p", Channel.MESSENGER, Language.EN, false);

    @Test
    void aFailingStoreGivesNoKindAndOneLogSafeLine() {
        RecentChoices store = mock(RecentChoices.class);
        RuntimeException down = new IllegalStateException("connection refused\nat redis:6379");
        doThrow(down).when(store).asked(anyString(), any());
        when(store.takeAsked(anyString())).thenThrow(down);
        when(store.shown(anyString())).thenThrow(down);
        LastOffered offered = new LastOffered(store);
        try (CapturedLog log = new CapturedLog(LastOffered.class)) {
            offered.asked(MESSENGER, Category.SONG);
            assertEquals(Optional.empty(), offered.takeAsked(MESSENGER));
            assertEquals(List.of(), offered.lastCard(MESSENGER));
            assertEquals(1, log.lines().size(), "one line per 10 s: " + log.lines());
            assertTrue(log.lines().get(0).startsWith("Could not keep the choices last offered to person p"),
                    log.lines().get(0));
            assertTrue(log.lines().get(0).indexOf('\n') < 0, "log-safe: " + log.lines().get(0));
            assertEquals(0, log.withStackTraces());
        }
    }

    @Test
    void theWebPageIsNeverAsked() {
        RecentChoices store = mock(RecentChoices.class);
        LastOffered offered = new LastOffered(store);
        Turn web = new Turn("tab", Channel.WEB, Language.EN, false);
        offered.asked(web, Category.SONG);
        offered.shown(web, List.of(new Reply.QuickReply("🔁 Another idea", "MORE|sad|film")));
        assertEquals(Optional.empty(), offered.takeAsked(web));
        assertEquals(List.of(), offered.lastCard(web));
        verifyNoInteractions(store);
    }
}
