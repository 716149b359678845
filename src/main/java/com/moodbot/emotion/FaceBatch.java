package com.moodbot.emotion;

import java.util.List;

/** Grey 48x48 FER-normalised faces (unsigned bytes) to classify together, optionally with ten-crop. */
public record FaceBatch(List<byte[]> faces, boolean tenCrop) {
    public FaceBatch {
        faces = List.copyOf(faces);
    }
}
