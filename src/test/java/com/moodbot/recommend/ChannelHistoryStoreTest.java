package com.moodbot.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import com.moodbot.conversation.PersonIds;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelHistoryStoreTest {

    private final PersonIds ids = new PersonIds(new byte[] {7});

    @Test
    void webSessionsNeverEvictMessengerUsersNorReachTheSharedStore() {
        HistoryStore messenger = new InMemoryHistoryStore(10);
        ChannelHistoryStore store = new ChannelHistoryStore(messenger, new InMemoryHistoryStore(100));
        String person = ids.hash("1234567890");
        store.markSeen(person, "film:sad", "paddington");
        for (int i = 0; i < 1_000; i++) {
            String session = ids.hash("web:tab-" + i);
            assertTrue(session.startsWith(ChannelHistoryStore.WEB_PREFIX), session);
            store.markSeen(session, "film:sad", "paddington");
        }
        assertEquals(Set.of("paddington"), store.seen(person, "film:sad"), "the Messenger user is still remembered");
        assertEquals(Set.of(), store.seen(ids.hash("web:tab-0"), "film:sad"), "old web sessions were let go");
        assertEquals(Set.of("paddington"), store.seen(ids.hash("web:tab-999"), "film:sad"));

        HistoryStore redis = mock(HistoryStore.class);
        ChannelHistoryStore scaledOut = new ChannelHistoryStore(redis, new InMemoryHistoryStore(100));
        scaledOut.markSeen(ids.hash("web:tab-x"), "film:sad", "paddington");
        scaledOut.seen(ids.hash("web:tab-x"), "film:sad");
        verifyNoInteractions(redis);
    }
}
