package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * Typed text: asking for help ("help!", "¿qué puedes hacer?") gets help, "forget me" erases what is kept (a
 * sentence that mentions it is asked first), anything else an invitation to send a selfie.
 */
@Singleton
public class TextEventHandler implements EventHandler<InboundEvent.Text> {

    private static final Set<String> HELP = Set.of("help", "what can you do", "how does this work", "how do you work",
            "ayuda", "ayudame", "que puedes hacer", "que haces", "como funciona", "como funcionas");
    private final ForgetMe forgetMe;

    public TextEventHandler(ForgetMe forgetMe) {
        this.forgetMe = forgetMe;
    }

    @Override
    public List<Reply> handle(Turn turn, InboundEvent.Text event) {
        if (ForgetMe.asks(event.text())) {
            return List.of(forgetMe.forget(turn));
        }
        if (ForgetMe.mentions(event.text())) {
            return List.of(ForgetMe.confirm(turn));
        }
        boolean help = TypedWords.mentions(event.text(), HELP);
        return List.of(new Reply.Text(help ? turn.say().help() : turn.say().sendSelfie()));
    }
}
