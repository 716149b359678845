package com.moodbot.conversation;

import java.util.List;

/**
 * Answers the kind of {@link InboundEvent} named by its type argument; {@link Conversation} picks the handler
 * by the event's type.
 */
public interface EventHandler<E extends InboundEvent> {

    List<Reply> handle(Turn turn, E event);
}
