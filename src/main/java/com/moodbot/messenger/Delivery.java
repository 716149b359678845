package com.moodbot.messenger;

import com.moodbot.conversation.InboundEvent;

/**
 * One accepted event on its way to an answer, with what its intake needs around the answer: the
 * redelivery check, how many of its Send API calls went out on an earlier attempt, and the
 * acknowledgement once it is answered.
 */
public interface Delivery {

    enum Start {
        /** Answer it now. */
        ANSWER,
        /** Already answered or being answered elsewhere: nothing to send. */
        REDELIVERED,
        /** An earlier event of the same person is still being answered (elsewhere): try again shortly. */
        NOT_YET,
        /** It failed too many attempts (each one ended by a crash): give up on it. */
        GIVE_UP,
        /** Its person's data was erased (data deletion) after it was stored: drop it unanswered. */
        ERASED
    }

    InboundEvent event();

    Start start();

    /** Send API calls that went out for this event on an earlier attempt, to skip now. */
    int alreadySent();

    /** Records that {@code count} Send API calls for this event have gone out. */
    void sent(int count);

    /** The event is done with (answered, dropped or given up): it will not be delivered again. */
    void finish();
}
