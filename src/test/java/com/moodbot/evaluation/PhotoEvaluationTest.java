package com.moodbot.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.moodbot.analysis.FacePrediction;
import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.TestTimeViews;
import com.moodbot.vision.FaceBox;
import com.moodbot.vision.ImageRejectedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.moodbot.data.PhotoLabels;
import com.moodbot.data.DatasetFormatException;

class PhotoEvaluationTest {

    @TempDir
    Path dir;

    private static PhotoAnalysis face(Emotion e) {
        float[] p = new float[Emotion.COUNT];
        p[e.ordinal()] = 0.9f;
        return new PhotoAnalysis(10, 10, List.of(new FacePrediction(new FaceBox(0, 0, 5, 5, 1, Optional.empty()), e, 0.9f, p)), 0);
    }

    @Test
    void countsFacesFoundAndAccuracyBothWays() throws Exception {
        for (String f : List.of("a.jpg", "b.jpg", "c.jpg", "d.jpg")) {
            Files.write(dir.resolve(f), f.getBytes());
        }
        Files.writeString(dir.resolve("labels.csv"), "file,label\na.jpg,happy\nb.jpg,Sad\n\nc.jpg,fear\nd.jpg,neutral\n");
        PhotoAnalyzer analyzer = mock(PhotoAnalyzer.class);
        when(analyzer.views()).thenReturn(TestTimeViews.MIRROR);
        when(analyzer.analyze("a.jpg".getBytes())).thenReturn(face(Emotion.HAPPY));
        when(analyzer.analyze("b.jpg".getBytes())).thenReturn(face(Emotion.NEUTRAL));
        when(analyzer.analyze("c.jpg".getBytes())).thenReturn(new PhotoAnalysis(10, 10, List.of(), 0));
        when(analyzer.analyze("d.jpg".getBytes())).thenThrow(new ImageRejectedException(ImageRejectedException.Reason.CORRUPT, "x"));

        PhotoEvaluation.Report r = PhotoEvaluation.run(analyzer, PhotoLabels.read(dir.resolve("labels.csv"), dir),
                p -> p[Emotion.NEUTRAL.ordinal()] > 0, n -> { });
        assertEquals("mirror", r.views());
        assertEquals(4, r.photos());
        assertEquals(2, r.facesFound());
        assertEquals(1, r.unreadable());
        assertEquals(0.5, r.faceFoundRate());
        assertEquals(0.5, r.accuracyWhereFound());
        assertEquals(0.25, r.accuracyOverall());
        assertEquals(1, r.confusion()[Emotion.SAD.ordinal()][Emotion.NEUTRAL.ordinal()]);
        assertEquals(1, r.asked(), "asked on the neutral face only");
        assertEquals(0.5, r.askRate());
    }

    @Test
    void labelOutsideTheSevenClassesNamesTheLine() throws Exception {
        Files.writeString(dir.resolve("labels.csv"), "file,label\na.jpg,happy\nb.jpg,contempt\n");
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> PhotoLabels.read(dir.resolve("labels.csv"), dir));
        assertEquals(dir.resolve("labels.csv") + ":3: label 'contempt' is not one of angry, disgust, fear, happy, sad, "
                + "surprise, neutral", e.getMessage());
    }
}
