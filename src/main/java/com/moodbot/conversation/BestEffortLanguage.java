package com.moodbot.conversation;

import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import java.time.Duration;
import org.slf4j.Logger;

/**
 * Storing a person's language, best effort: when the store fails, the answer still comes in that language and the
 * operator gets one log-safe line per 10 s, in the caller's logger.
 */
final class BestEffortLanguage {

    private final Logger log;
    private final String kind;
    private final String failure;
    private final LogThrottle warnings = new LogThrottle(Duration.ofSeconds(10));

    /** @param failure what could not be done, with {@code {}} where the person goes: "Could not remember ..." */
    BestEffortLanguage(Logger log, String kind, String failure) {
        this.log = log;
        this.kind = kind;
        this.failure = failure + " ({}); answering in it this time";
    }

    /** @return false when the store failed */
    boolean store(String who, Runnable store) {
        try {
            store.run();
            return true;
        } catch (RuntimeException e) {
            warnings.warn(log, kind, failure, who, LogSafe.value(e.getMessage()));
            return false;
        }
    }
}
