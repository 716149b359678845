package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;

/** Message ids already accepted, so that a redelivered event gets no second reply. */
public interface SeenMessages {

    /**
     * The id an event is deduplicated under: a Messenger message id as it always was, another
     * channel's under that channel's name, so that ids from two channels never meet.
     */
    static String key(InboundEvent event) {
        return event.channel() == Channel.MESSENGER ? event.id() : event.channel().label() + ":" + event.id();
    }

    /** True only the first time an id is seen (across every instance sharing the store). */
    boolean firstTime(String id);
}
