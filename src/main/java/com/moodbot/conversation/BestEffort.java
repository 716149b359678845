package com.moodbot.conversation;

import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * A call to a store that may fail without costing the person their answer (their language, the choices last
 * offered): the caller goes on without it, and the operator gets one log-safe line per 10 s, in the caller's logger.
 */
final class BestEffort {

    private final Logger log;
    private final String kind;
    private final String failure;
    private final LogThrottle warnings = new LogThrottle(Duration.ofSeconds(10));

    /** @param failure the line: its {@code {}}s take each call's {@code args}, then the store's message */
    BestEffort(Logger log, String kind, String failure) {
        this.log = log;
        this.kind = kind;
        this.failure = failure;
    }

    /** @return false when the store failed */
    boolean run(Runnable call, Object... args) {
        return get(() -> {
            call.run();
            return true;
        }, false, args);
    }

    /** What {@code call} gives, or {@code fallback} when the store failed. */
    <T> T get(Supplier<T> call, T fallback, Object... args) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            Object[] all = Arrays.copyOf(args, args.length + 1);
            all[args.length] = LogSafe.value(e.getMessage());
            warnings.warn(log, kind, failure, all);
            return fallback;
        }
    }
}
