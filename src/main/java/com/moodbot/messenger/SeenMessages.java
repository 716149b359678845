package com.moodbot.messenger;

/** Message ids already accepted, so that a redelivered event gets no second reply. */
public interface SeenMessages {

    /** True only the first time an id is seen (across every instance sharing the store). */
    boolean firstTime(String id);
}
