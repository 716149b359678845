package com.moodbot.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LogSafetyTest {

    @Test
    void clientValuesCannotForgeLogLinesNorFloodThem() {
        assertEquals("subscribe??12:00:00 INFO forged", LogSafe.value("subscribe\r\n12:00:00 INFO forged"));
        assertEquals("a?b?c", LogSafe.value("a\u2028b\u0000c"));
        assertEquals("none", LogSafe.value(null));
        assertEquals("x".repeat(64) + "...", LogSafe.value("x".repeat(500)));
    }

    @Test
    void oneLinePerKindPerIntervalAndTheNextSaysHowManyWereLeftOut() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        LogThrottle throttle = new LogThrottle(Duration.ofSeconds(10), now::get);
        assertEquals(0, throttle.admit("signature"));
        for (int i = 0; i < 500; i++) {
            assertEquals(-1, throttle.admit("signature"));
        }
        assertEquals(0, throttle.admit("too_large"), "kinds are throttled apart");
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertEquals(500, throttle.admit("signature"));
        assertEquals(" (500 more like it not logged)", LogThrottle.note(500));
        assertEquals("", LogThrottle.note(0));
    }
}
