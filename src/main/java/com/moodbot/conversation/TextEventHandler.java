package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.List;

/** Typed text: "help" gets help, anything else an invitation to send a selfie. */
@Singleton
public class TextEventHandler implements EventHandler<InboundEvent.Text> {

    @Override
    public Class<InboundEvent.Text> type() {
        return InboundEvent.Text.class;
    }

    @Override
    public List<Reply> handle(Turn turn, InboundEvent.Text event) {
        boolean help = event.text().strip().equalsIgnoreCase("help");
        return List.of(new Reply.Text(help ? turn.say().help() : turn.say().sendSelfie()));
    }
}
