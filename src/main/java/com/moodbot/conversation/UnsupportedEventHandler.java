package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.List;

/** Audio, video, files, locations: the bot can only read a mood from a photo. */
@Singleton
public class UnsupportedEventHandler implements EventHandler<InboundEvent.Unsupported> {

    @Override
    public Class<InboundEvent.Unsupported> type() {
        return InboundEvent.Unsupported.class;
    }

    @Override
    public List<Reply> handle(Turn turn, InboundEvent.Unsupported event) {
        return List.of(new Reply.Text(turn.say().sendSelfie()));
    }
}
