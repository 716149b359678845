package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A kind of suggestion asked for without a mood (its button, or typed: "a film"): the seven moods to pick from,
 * each leading to a card of that kind for a mood the person gave, introduced as a typed "a sad film" is.
 */
@Singleton
public class BrowseHandler implements PayloadHandler<Payload.Browse> {

    private final ChosenMood chosen;

    public BrowseHandler(ChosenMood chosen) {
        this.chosen = chosen;
    }

    @Override
    public List<Reply> handle(Turn turn, Payload.Browse payload) {
        return payload.mood().map(mood -> chosen.cardFor(turn, mood, payload.category()))
                .orElseGet(() -> List.of(moods(turn.say(), payload.category())));
    }

    /** "Sure, a film! For which mood?" over the seven moods. */
    static Reply moods(Phrases say, Category category) {
        return new Reply.Text(say.moodFor(category), Reply.QuickReply.forMoods(say, List.of(Emotion.values()),
                mood -> new Payload.Browse(category, Optional.of(mood))));
    }

    /** One button for each kind, for a person who has no selfie at hand. */
    static List<Reply.QuickReply> kinds(Phrases say) {
        return Arrays.stream(Category.values()).map(c -> new Reply.QuickReply(say.categoryTitle(c),
                new Payload.Browse(c, Optional.empty()).encode())).toList();
    }
}
