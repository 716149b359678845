package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import com.moodbot.logging.LogThrottle;
import com.moodbot.support.CapturedLog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryDeliveryTest {

    @Test
    void aDeadDedupeStoreCostsNoReplyAndOneLogLineForABurst() {
        SeenMessages dead = id -> {
            throw new IllegalStateException("Redis is down");
        };
        PersonIds ids = new PersonIds("k".getBytes(StandardCharsets.UTF_8));
        LogThrottle warnings = new LogThrottle(Duration.ofSeconds(10));
        try (CapturedLog log = new CapturedLog(MemoryDelivery.class, Level.WARN)) {
            for (int i = 0; i < 50; i++) {
                InboundEvent event = new InboundEvent.Text(Channel.MESSENGER, "person" + i, "m" + i, "hi");
                assertEquals(Delivery.Start.ANSWER, new MemoryDelivery(event, dead, ids, warnings).start(), "answered anyway");
            }
            List<String> lines = log.lines();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("Dedupe store unavailable (Redis is down); answering person "), lines.get(0));
        }
    }
}
