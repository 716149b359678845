package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/** "Not my mood": the person is asked to pick theirs from the moods not yet offered to them. */
@Singleton
public class NotMyMoodHandler implements PayloadHandler<Payload.NotMyMood> {

    @Override
    public List<Reply> handle(Turn turn, Payload.NotMyMood payload) {
        List<Emotion> rest = Arrays.stream(Emotion.values())
                .filter(e -> e != payload.detected() && !payload.alsoOffered().contains(e)).toList();
        List<Emotion> notOffered = rest.isEmpty() ? List.of(Emotion.values()) : rest; // a payload we never write
        return List.of(new Reply.Text(turn.say().pickMood(payload.group()), Reply.QuickReply.forMoods(turn.say(),
                notOffered, mood -> new Payload.PickMood(mood, payload.detected(), payload.group(), payload.shown()))));
    }
}
