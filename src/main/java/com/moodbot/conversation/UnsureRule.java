package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * When the bot asks ("Happy or surprised?") instead of naming a mood, and which moods it offers.
 * Pure functions of one face's probabilities (FER2013 label order, as {@code FacePrediction} holds
 * them), so an evaluation can count how often the bot would ask on a labelled set.
 */
public final class UnsureRule {

    private UnsureRule() {
    }

    /** Ask when the top mood is below {@code unsureBelow} or the top two are less than {@code askMargin} apart. */
    public static boolean shouldAsk(float[] probabilities, ConversationConfig config) {
        List<Integer> order = ranked(probabilities);
        float top = probabilities[order.get(0)];
        float second = probabilities[order.get(1)];
        return top < config.unsureBelow() || top - second < config.askMargin();
    }

    /**
     * The moods to offer, most likely first: the top two, and the third when it is less than
     * {@code askMargin} below the second.
     */
    public static List<Emotion> likely(float[] probabilities, ConversationConfig config) {
        List<Integer> order = ranked(probabilities);
        List<Emotion> moods = new ArrayList<>(List.of(Emotion.ofIndex(order.get(0)), Emotion.ofIndex(order.get(1))));
        if (probabilities[order.get(1)] - probabilities[order.get(2)] < config.askMargin()) {
            moods.add(Emotion.ofIndex(order.get(2)));
        }
        return List.copyOf(moods);
    }

    /** Label indices by probability, highest first; ties go to the lower label, as in {@link Emotion#mostLikely}. */
    private static List<Integer> ranked(float[] probabilities) {
        if (probabilities.length != Emotion.COUNT) {
            throw new IllegalArgumentException("expected " + Emotion.COUNT + " probabilities, got " + probabilities.length);
        }
        return IntStream.range(0, probabilities.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -probabilities[i]).thenComparingInt(i -> i))
                .toList();
    }
}
