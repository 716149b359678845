package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The answer to "happy or surprised?": counted like a picked mood, then a card for it. */
@Singleton
public class MoodAnswerHandler implements PayloadHandler<Payload.MoodAnswer> {

    private final ChosenMood chosen;

    public MoodAnswerHandler(ChosenMood chosen) {
        this.chosen = chosen;
    }

    @Override
    public List<Reply> handle(Turn turn, Payload.MoodAnswer payload) {
        // only a single face is asked about, before any card
        return chosen.answer(turn, payload.detected(), payload.mood(), false, Optional.empty());
    }
}
