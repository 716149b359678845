package com.moodbot.conversation;

import java.util.List;

/**
 * Answers the {@link Payload} kind named by its type argument (every record under it, for a sealed one);
 * a new quick reply or postback is one new record and one new handler.
 */
public interface PayloadHandler<P extends Payload> {

    List<Reply> handle(Turn turn, P payload);
}
