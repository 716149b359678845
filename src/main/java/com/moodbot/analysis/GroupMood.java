package com.moodbot.analysis;

import com.moodbot.emotion.Emotion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a group photo looks like: how many faces show each mood, the most common first (ties go to the
 * mood read with the higher summed confidence). The first is the group's mood, the one the card is for.
 * The group is the faces at least half as large as the largest (by side): a face further back than that,
 * behind a selfie, is a passer-by (the friends behind a group selfie's phone holder are rarely that small).
 */
public record GroupMood(List<Tally> tallies) {

    /** The fewest and the most faces read as a group; beyond, the bot answers for the largest face. */
    public static final int MIN_FACES = 2;
    public static final int MAX_FACES = 8;
    /** How many times smaller than the largest face's side a face may be and still be one of the group. */
    public static final double BYSTANDER_RATIO = 2;

    /** How many faces show a mood, and their confidences summed. */
    public record Tally(Emotion mood, int faces, double confidence) {
    }

    public GroupMood {
        if (tallies.isEmpty()) {
            throw new IllegalArgumentException("a group has at least one mood");
        }
        tallies = List.copyOf(tallies);
    }

    /** The group's mood for 2 to 8 faces of the group's size; empty for fewer or more. */
    public static Optional<GroupMood> of(List<FacePrediction> read) {
        double largest = read.stream().mapToDouble(f -> f.box().side()).max().orElse(0);
        List<FacePrediction> faces = read.stream().filter(f -> f.box().side() * BYSTANDER_RATIO >= largest).toList();
        if (faces.size() < MIN_FACES || faces.size() > MAX_FACES) {
            return Optional.empty();
        }
        Map<Emotion, int[]> counts = new EnumMap<>(Emotion.class);
        Map<Emotion, Double> confidence = new EnumMap<>(Emotion.class);
        for (FacePrediction face : faces) {
            counts.computeIfAbsent(face.emotion(), e -> new int[1])[0]++;
            confidence.merge(face.emotion(), (double) face.confidence(), Double::sum);
        }
        List<Tally> tallies = new ArrayList<>();
        counts.forEach((mood, n) -> tallies.add(new Tally(mood, n[0], confidence.get(mood))));
        tallies.sort(Comparator.comparingInt(Tally::faces).reversed()
                .thenComparing(Comparator.comparingDouble(Tally::confidence).reversed()));
        return Optional.of(new GroupMood(tallies));
    }

    /** The most common mood, the card's. */
    public Emotion mood() {
        return tallies.get(0).mood();
    }

    /** Whether another mood has as many faces as {@link #mood()}, which then won on the summed confidence. */
    public boolean tied() {
        return tallies.size() > 1 && tallies.get(1).faces() == tallies.get(0).faces();
    }

    public int faces() {
        return tallies.stream().mapToInt(Tally::faces).sum();
    }
}
