package com.moodbot.conversation;

import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import com.moodbot.recommend.Category;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kind a person was asked a mood for ({@link AskedKinds}), best effort: kept on a channel that remembers people
 * only (the web page keeps no one), and when the store fails the card is the mood's own first kind, with one
 * log-safe line per 10 s.
 */
@Singleton
public class KindAsked {

    private static final Logger LOG = LoggerFactory.getLogger(KindAsked.class);
    private final LogThrottle warnings = new LogThrottle(Duration.ofSeconds(10));
    private final AskedKinds store;

    public KindAsked(AskedKinds store) {
        this.store = store;
    }

    public void remember(Turn turn, Category kind) {
        if (turn.channel().remembersPeople()) {
            try {
                store.asked(turn.who(), kind);
            } catch (RuntimeException e) {
                warn("remember", turn, e);
            }
        }
    }

    /** The kind the person was asked a mood for, if they were, forgotten now: the card about to be shown answers it. */
    public Optional<Category> take(Turn turn) {
        if (!turn.channel().remembersPeople()) {
            return Optional.empty();
        }
        try {
            return store.take(turn.who());
        } catch (RuntimeException e) {
            warn("read", turn, e);
            return Optional.empty();
        }
    }

    private void warn(String what, Turn turn, RuntimeException e) {
        warnings.warn(LOG, "asked-kind", "Could not {} the kind person {} was asked a mood for ({})", what, turn.who(),
                LogSafe.value(e.getMessage()));
    }
}
