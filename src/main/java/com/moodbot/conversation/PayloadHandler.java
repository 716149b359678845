package com.moodbot.conversation;

import java.util.List;

/** Answers the {@link Payload} kinds it names; a new quick reply or postback is one new handler. */
public interface PayloadHandler<P extends Payload> {

    List<Class<? extends P>> types();

    List<Reply> handle(Turn turn, P payload);
}
