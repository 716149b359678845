package com.moodbot.vision;

import java.util.List;
import java.util.Optional;

/**
 * Faces found in one photo, largest first (at most {@link FaceFinder#MOST_FACES}), plus how many were too small
 * to read.
 */
public record FoundFaces(int imageWidth, int imageHeight, List<DetectedFace> faces, int tooSmall) {

    public FoundFaces {
        faces = List.copyOf(faces);
    }

    public Optional<DetectedFace> largest() {
        return faces.stream().findFirst();
    }
}
