package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.List;

/** The person's own mood, picked from the list: a correction, then a card for it. */
@Singleton
public class PickMoodHandler implements PayloadHandler<Payload.PickMood> {

    private final ChosenMood chosen;

    public PickMoodHandler(ChosenMood chosen) {
        this.chosen = chosen;
    }

    @Override
    public List<Reply> handle(Turn turn, Payload.PickMood payload) {
        return chosen.answer(turn, payload.detected(), payload.mood(), payload.group(), payload.shown());
    }
}
