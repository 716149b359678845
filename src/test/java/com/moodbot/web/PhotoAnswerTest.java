package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.analysis.FacePrediction;
import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.emotion.Emotion;
import com.moodbot.vision.FaceBox;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhotoAnswerTest {

    private static FacePrediction at(double x, double y, double width, double height) {
        float[] p = new float[Emotion.COUNT];
        p[Emotion.HAPPY.ordinal()] = 1f;
        return new FacePrediction(new FaceBox(x, y, width, height, 0.9, Optional.empty()), Emotion.HAPPY, 1f, p);
    }

    @Test
    void boxesThatTheDetectorFoundPartlyOutsideThePhotoAreClippedToIt() {
        PhotoAnalysis analysis = new PhotoAnalysis(128, 100, List.of(at(-3.4, 90, 50, 20), at(100, -5, 40, 132),
                at(10.4, 20.6, 30, 30)), 0);
        List<PhotoAnswer.Face> faces = PhotoAnswer.of("selfie.jpg", analysis, null, List.of()).faces();
        assertEquals(List.of(0, 90, 47, 10), box(faces.get(0)));
        assertEquals(List.of(100, 0, 28, 100), box(faces.get(1)));
        assertEquals(List.of(10, 21, 30, 30), box(faces.get(2)), "inside the photo: the edges rounded");
    }

    private static List<Integer> box(PhotoAnswer.Face face) {
        return List.of(face.x(), face.y(), face.width(), face.height());
    }
}
