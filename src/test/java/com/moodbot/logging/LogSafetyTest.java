package com.moodbot.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import com.moodbot.support.CapturedLog;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogSafetyTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final LogThrottle throttle = new LogThrottle(Duration.ofSeconds(10), now::get);

    @Test
    void clientValuesCannotForgeLogLinesNorFloodThem() {
        assertEquals("subscribe??12:00:00 INFO forged", LogSafe.value("subscribe\r\n12:00:00 INFO forged"));
        assertEquals("a?b?c", LogSafe.value("a\u2028b\u0000c"));
        assertEquals("none", LogSafe.value(null));
        assertEquals("x".repeat(64) + "...", LogSafe.value("x".repeat(500)));
    }

    @Test
    void oneLinePerKindPerIntervalAndTheNextSaysHowManyWereLeftOut() {
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

    @Test
    void aThrottledWarningIsLoggedOnceAndTheNextEndsWithHowManyWereLeftOut() {
        try (CapturedLog log = new CapturedLog(LogSafetyTest.class, Level.INFO)) {
            for (int i = 0; i < 3; i++) {
                throttle.warn(LoggerFactory.getLogger(LogSafetyTest.class), "redis", "Redis down ({})", "timeout");
            }
            now.addAndGet(Duration.ofSeconds(10).toNanos());
            throttle.info(LoggerFactory.getLogger(LogSafetyTest.class), "redis", "Redis down ({})", "refused");

            assertEquals(List.of("Redis down (timeout)", "Redis down (refused) (2 more like it not logged)"),
                    log.lines());
        }
    }
}
