package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.List;

/** The Help item of the persistent menu. */
@Singleton
public class HelpHandler implements PayloadHandler<Payload.Help> {

    @Override
    public List<Reply> handle(Turn turn, Payload.Help payload) {
        return List.of(new Reply.Text(turn.say().help(), BrowseHandler.kinds(turn.say())));
    }
}
