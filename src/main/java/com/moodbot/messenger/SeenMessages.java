package com.moodbot.messenger;

/** Message ids already accepted, so that a redelivered event gets no second reply. */
public interface SeenMessages {

    /** True only the first time an id is seen (across every instance sharing the store). */
    boolean firstTime(String id);

    /** Forgets an id whose event was not accepted after all, so that its redelivery is processed. */
    void forget(String id);
}
