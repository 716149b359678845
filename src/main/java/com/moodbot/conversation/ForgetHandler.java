package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.List;

/** "Yes, forget me": what is kept about the person on this channel is erased. */
@Singleton
public class ForgetHandler implements PayloadHandler<Payload.Forget> {

    private final ForgetMe forgetMe;

    public ForgetHandler(ForgetMe forgetMe) {
        this.forgetMe = forgetMe;
    }

    @Override
    public List<Reply> handle(Turn turn, Payload.Forget payload) {
        return List.of(forgetMe.forget(turn.inUnlessChosen(payload.language())));
    }
}
