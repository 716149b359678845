package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.List;

/** The Get Started button: the greeting, with the kinds of suggestion to ask for without a selfie. */
@Singleton
public class GetStartedHandler implements PayloadHandler<Payload.GetStarted> {

    @Override
    public List<Reply> handle(Turn turn, Payload.GetStarted payload) {
        return List.of(new Reply.Text(turn.say().greeting(), BrowseHandler.kinds(turn.say())));
    }
}
