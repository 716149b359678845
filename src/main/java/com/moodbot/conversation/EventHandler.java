package com.moodbot.conversation;

import java.util.List;

/**
 * Answers the kind of {@link InboundEvent} named by its type argument; {@link Conversation} picks the handler
 * by the event's type.
 */
public interface EventHandler<E extends InboundEvent> {

    List<Reply> handle(Turn turn, E event);

    /** Hands the answer to {@code out} as its parts are ready; by default all of it at once, as one part. */
    default void answer(Turn turn, E event, ReplyStream out) {
        if (out.partsSent() == 0) {
            out.part(handle(turn, event), false);
        }
    }
}
