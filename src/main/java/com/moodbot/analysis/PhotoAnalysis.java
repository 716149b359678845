package com.moodbot.analysis;

import java.util.List;
import java.util.Optional;

/** Every readable face in a photo, largest first, and how many faces were too small to read. */
public record PhotoAnalysis(int width, int height, List<FacePrediction> faces, int tooSmall) {

    public PhotoAnalysis {
        faces = List.copyOf(faces);
    }

    /** The face the bot answers about: the largest. */
    public Optional<FacePrediction> main() {
        return faces.stream().findFirst();
    }

    /** With 2 to 8 faces of the group's size ({@link GroupMood}), what the group looks like: the bot answers for it. */
    public Optional<GroupMood> group() {
        return GroupMood.of(faces);
    }
}
