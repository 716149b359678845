package com.moodbot.emotion;

import java.util.List;

/** An ensemble: the mean of several scorers' probabilities for each face. */
public record MeanScorer(List<? extends FaceScorer> members) implements FaceScorer {

    public MeanScorer {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        members = List.copyOf(members);
    }

    @Override
    public float[][] probabilities(List<byte[]> faces, TestTimeViews views) {
        float[][] mean = null;
        for (FaceScorer member : members) {
            float[][] p = member.probabilities(faces, views);
            if (mean == null) {
                mean = new float[p.length][Emotion.COUNT];
            }
            for (int i = 0; i < p.length; i++) {
                for (int k = 0; k < Emotion.COUNT; k++) {
                    mean[i][k] += p[i][k] / members.size();
                }
            }
        }
        return mean;
    }
}
