package com.moodbot.emotion;

import java.util.List;

/** Grey 48x48 FER-normalised faces (unsigned bytes) to classify together, each seen through the given views. */
public record FaceBatch(List<byte[]> faces, TestTimeViews views) {
    public FaceBatch {
        faces = List.copyOf(faces);
    }
}
