package com.moodbot.conversation;

import com.moodbot.recommend.Category;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The choices last offered to a person ({@link RecentChoices}), best effort: kept on a channel that remembers people
 * only (the web page keeps no one, and its buttons stay under each card), and when the store fails the person gets
 * the answer they would have had without it, the operator one log-safe line per 10 s.
 */
@Singleton
public class LastOffered {

    private static final Logger LOG = LoggerFactory.getLogger(LastOffered.class);
    private final BestEffort best = new BestEffort(LOG, "last-offered",
            "Could not {} the choices last offered to person {} ({})");
    private final RecentChoices store;

    public LastOffered(RecentChoices store) {
        this.store = store;
    }

    /** The person was asked a mood for {@code kind}. */
    public void asked(Turn turn, Category kind) {
        keep(turn, () -> store.asked(turn.who(), kind));
    }

    /** The kind the person was asked a mood for, if they were, forgotten now: the card about to be shown answers it. */
    public Optional<Category> takeAsked(Turn turn) {
        return read(turn, () -> store.takeAsked(turn.who()), Optional.empty());
    }

    /** The person was shown a card with these buttons. */
    public void shown(Turn turn, List<Reply.QuickReply> buttons) {
        keep(turn, () -> store.shown(turn.who(), buttons.stream().map(Reply.QuickReply::payload).toList()));
    }

    /** The payloads of the buttons under the last card the person was shown, if it was lately. */
    public List<String> lastCard(Turn turn) {
        return read(turn, () -> store.shown(turn.who()), List.of());
    }

    private void keep(Turn turn, Runnable keep) {
        if (turn.channel().remembersPeople()) {
            best.run(keep, "keep", turn.who());
        }
    }

    private <T> T read(Turn turn, Supplier<T> read, T none) {
        return turn.channel().remembersPeople() ? best.get(read, none, "read", turn.who()) : none;
    }
}
