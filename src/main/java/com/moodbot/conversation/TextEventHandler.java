package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.List;

/** Typed text: "help" gets help, "forget me" erases what is kept, anything else an invitation to send a selfie. */
@Singleton
public class TextEventHandler implements EventHandler<InboundEvent.Text> {

    private final ForgetMe forgetMe;

    public TextEventHandler(ForgetMe forgetMe) {
        this.forgetMe = forgetMe;
    }

    @Override
    public Class<InboundEvent.Text> type() {
        return InboundEvent.Text.class;
    }

    @Override
    public List<Reply> handle(Turn turn, InboundEvent.Text event) {
        if (ForgetMe.asks(event.text())) {
            return List.of(forgetMe.forget(turn));
        }
        boolean help = event.text().strip().equalsIgnoreCase("help");
        return List.of(new Reply.Text(help ? turn.say().help() : turn.say().sendSelfie()));
    }
}
