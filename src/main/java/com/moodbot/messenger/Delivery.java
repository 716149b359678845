package com.moodbot.messenger;

import com.moodbot.conversation.InboundEvent;

/**
 * One accepted event on its way to an answer, with what its intake needs around the answer: the
 * redelivery check, how far an earlier attempt at its answer got ({@link SentSoFar}), and the
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

    /** How far an earlier attempt at this event got, to skip now. */
    SentSoFar alreadySent();

    /** Records how far this attempt has got. */
    void sent(SentSoFar progress);

    /** The event is done with (answered, dropped or given up): it will not be delivered again. */
    void finish();
}
