package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A kind of suggestion asked for without a mood (its button, or typed: "a film"): the seven moods to pick from,
 * each leading to a card of that kind for a mood the person gave, introduced as a typed "a sad film" is; a mood
 * typed instead, or a selfie, gets a card of that kind too ({@link LastOffered}).
 */
@Singleton
public class BrowseHandler implements PayloadHandler<Payload.Browse> {

    /** The order moods are offered in to pick from: the everyday ones first, where the chat shows them unscrolled. */
    static final List<Emotion> MENU = List.of(Emotion.HAPPY, Emotion.SAD, Emotion.NEUTRAL, Emotion.SURPRISE,
            Emotion.ANGRY, Emotion.FEAR, Emotion.DISGUST);

    private final ChosenMood chosen;
    private final LastOffered offered;

    public BrowseHandler(ChosenMood chosen, LastOffered offered) {
        this.chosen = chosen;
        this.offered = offered;
    }

    /** Without a mood, the kind is remembered: a mood typed or a selfie sent in answer gets a card of it. */
    @Override
    public List<Reply> handle(Turn turn, Payload.Browse payload) {
        if (payload.mood().isPresent()) {
            return chosen.cardFor(turn, payload.mood().get(), payload.category());
        }
        offered.asked(turn, payload.category());
        return List.of(moods(turn.say(), payload.category()));
    }

    /** Text that answers no question ("thanks", "bye", "hmm"): the kind asked about is no longer kept. */
    void movedOn(Turn turn) {
        offered.takeAsked(turn);
    }

    /** "Sure, a film! For which mood?" over the seven moods. */
    private static Reply moods(Phrases say, Category category) {
        return new Reply.Text(say.moodFor(category), Reply.QuickReply.forMoods(say, MENU,
                mood -> new Payload.Browse(category, Optional.of(mood))));
    }

    /** One button for each kind, for a person who has no selfie at hand. */
    static List<Reply.QuickReply> kinds(Phrases say) {
        return Arrays.stream(Category.values()).map(c -> new Reply.QuickReply(say.categoryTitle(c),
                new Payload.Browse(c, Optional.empty()).encode())).toList();
    }
}
