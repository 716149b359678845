package com.moodbot.conversation;

import java.util.List;

/** Answers one kind of {@link InboundEvent}; {@link Conversation} picks the handler by the event's type. */
public interface EventHandler<E extends InboundEvent> {

    Class<E> type();

    List<Reply> handle(Turn turn, E event);
}
