package com.moodbot.logging;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * At most one log line per kind per interval, for lines anyone on the internet can cause (refused
 * webhook posts): a flood of bad requests costs one line every few seconds, which says how many
 * were left out.
 */
public final class LogThrottle {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        long start;
        int dropped;
    }

    public LogThrottle(Duration interval) {
        this(interval, System::nanoTime);
    }

    LogThrottle(Duration interval, LongSupplier nanoTime) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * @return -1 when this line should be left out; otherwise how many lines of this kind were left
     *     out since the last one logged
     */
    public int admit(String kind) {
        long now = nanoTime.getAsLong();
        Window w = windows.computeIfAbsent(kind, k -> {
            Window fresh = new Window();
            fresh.start = now - intervalNanos;
            return fresh;
        });
        synchronized (w) {
            if (now - w.start < intervalNanos) {
                w.dropped++;
                return -1;
            }
            int dropped = w.dropped;
            w.start = now;
            w.dropped = 0;
            return dropped;
        }
    }

    /** Logs {@code format} at WARN when this kind is admitted, with how many like it were left out at its end. */
    public void warn(Logger log, String kind, String format, Object... args) {
        emit(log.atWarn(), kind, format, args);
    }

    /** {@link #warn} at INFO, for refusals that are the service working as intended. */
    public void info(Logger log, String kind, String format, Object... args) {
        emit(log.atInfo(), kind, format, args);
    }

    private void emit(LoggingEventBuilder line, String kind, String format, Object... args) {
        int dropped = admit(kind);
        if (dropped >= 0) {
            line.log(format + note(dropped), args);
        }
    }

    /** A suffix for the logged line: empty, or how many like it were left out. */
    public static String note(int dropped) {
        return dropped > 0 ? " (" + dropped + " more like it not logged)" : "";
    }
}
