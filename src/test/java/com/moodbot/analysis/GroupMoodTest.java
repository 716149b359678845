package com.moodbot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.emotion.Emotion;
import com.moodbot.vision.FaceBox;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupMoodTest {

    static FacePrediction face(Emotion mood, float confidence) {
        float[] p = new float[Emotion.COUNT];
        p[mood.ordinal()] = confidence;
        return new FacePrediction(new FaceBox(10, 10, 100, 100, 1, Optional.empty()), mood, confidence, p);
    }

    @Test
    void theMostCommonMoodIsTheGroupsAndTheTalliesComeMostCommonFirst() {
        GroupMood group = GroupMood.of(List.of(face(Emotion.SURPRISE, 0.9f), face(Emotion.HAPPY, 0.5f),
                face(Emotion.HAPPY, 0.6f), face(Emotion.SAD, 0.99f))).orElseThrow();
        assertEquals(Emotion.HAPPY, group.mood());
        assertEquals(4, group.faces());
        assertEquals(List.of(Emotion.HAPPY, Emotion.SAD, Emotion.SURPRISE),
                group.tallies().stream().map(GroupMood.Tally::mood).toList(), "ones after, the surer first");
        assertEquals(List.of(2, 1, 1), group.tallies().stream().map(GroupMood.Tally::faces).toList());
    }

    private static FacePrediction sized(Emotion mood, double side) {
        float[] p = new float[Emotion.COUNT];
        p[mood.ordinal()] = 0.6f;
        return new FacePrediction(new FaceBox(10, 10, side, side, 1, Optional.empty()), mood, 0.6f, p);
    }

    /** A selfie with a passer-by far behind: 126 px and 60 px faces. The sender is answered, not "the group". */
    @Test
    void aFaceUnderHalfTheLargestIsAPasserByNotOneOfTheGroup() {
        assertEquals(Optional.empty(), GroupMood.of(List.of(sized(Emotion.SAD, 126), sized(Emotion.NEUTRAL, 60))));
        assertEquals(2, GroupMood.of(List.of(sized(Emotion.SAD, 126), sized(Emotion.NEUTRAL, 70))).orElseThrow().faces(),
                "a friend behind the phone holder is still one of the group");
        GroupMood front = GroupMood.of(List.of(sized(Emotion.HAPPY, 120), sized(Emotion.HAPPY, 90),
                sized(Emotion.SAD, 55), sized(Emotion.SAD, 50), sized(Emotion.SAD, 40))).orElseThrow();
        assertEquals(2, front.faces(), "the two in front");
        assertEquals(Emotion.HAPPY, front.mood(), "not the three small ones behind");
    }

    @Test
    void aTieGoesToTheMoodReadWithTheHigherSummedConfidence() {
        GroupMood group = GroupMood.of(List.of(face(Emotion.HAPPY, 0.5f), face(Emotion.SAD, 0.7f),
                face(Emotion.HAPPY, 0.4f), face(Emotion.SAD, 0.6f))).orElseThrow();
        assertEquals(Emotion.SAD, group.mood(), "1.3 against 0.9");
        assertEquals(Emotion.HAPPY, GroupMood.of(List.of(face(Emotion.SAD, 0.3f), face(Emotion.HAPPY, 0.8f)))
                .orElseThrow().mood());
    }

    @Test
    void twoToEightFacesAreAGroupOneOrMoreThanEightAreNot() {
        List<FacePrediction> faces = new ArrayList<>(Collections.nCopies(9, face(Emotion.NEUTRAL, 0.8f)));
        assertEquals(Optional.empty(), GroupMood.of(faces));
        assertEquals(8, GroupMood.of(faces.subList(0, 8)).orElseThrow().faces());
        assertEquals(2, GroupMood.of(faces.subList(0, 2)).orElseThrow().faces());
        assertEquals(Optional.empty(), GroupMood.of(faces.subList(0, 1)));
        assertEquals(Optional.empty(), new PhotoAnalysis(640, 480, faces, 0).group());
        assertEquals(Optional.empty(), new PhotoAnalysis(640, 480, List.of(), 3).group());
    }
}
