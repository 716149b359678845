package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import jakarta.inject.Singleton;
import java.util.List;

/** "Not my mood": the person is asked to pick theirs from the moods not yet offered to them. */
@Singleton
public class NotMyMoodHandler implements PayloadHandler<Payload.NotMyMood> {

    @Override
    public List<Reply> handle(Turn turn, Payload.NotMyMood payload) {
        List<Emotion> others = BrowseHandler.MENU.stream().filter(e -> e != payload.detected()).toList();
        List<Emotion> notOffered = others.stream().filter(e -> !payload.alsoOffered().contains(e)).toList();
        // a payload naming every mood is none we write: the others, rather than a question with nothing to tap
        List<Emotion> offered = notOffered.isEmpty() ? others : notOffered;
        return List.of(new Reply.Text(turn.say().pickMood(payload.group()), Reply.QuickReply.forMoods(turn.say(),
                offered, mood -> new Payload.PickMood(mood, payload.detected(), payload.group(), payload.shown()))));
    }
}
