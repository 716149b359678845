package com.moodbot.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.moodbot.emotion.Emotion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FerPlusVotesTest {

    @TempDir
    Path dir;

    private FerPlusVotes votes() throws Exception {
        Path csv = dir.resolve("ferplus.csv");
        Files.writeString(csv, String.join("\n",
                "Usage,neutral,happiness,surprise,sadness,anger,disgust,fear,contempt,unknown,NF",
                "Training,0,9,0,0,0,0,0,0,1,0",      // line 2: happy
                "Training,6,0,0,3,0,0,1,0,0,0",      // line 3: neutral 6, sad 3, one fear vote is noise
                "Training,,,,,,,,,,",                // line 4: no votes
                "Training,0,0,0,0,0,0,0,0,2,8",      // line 5: not a face
                "Training,0,0,0,0,0,0,0,7,3,0",      // line 6: contempt only
                "Training,0,0,5,0,0,0,5,0,0,0")      // line 7: surprise / fear
                + "\n");
        return FerPlusVotes.read(csv);
    }

    private static float[] dist(float... byEmotionOrder) {
        return byEmotionOrder;
    }

    @Test
    void votesBecomeDistributionsInFer2013Order() throws Exception {
        FerPlusVotes v = votes();
        assertEquals(5, v.size());
        assertArrayEquals(dist(0, 0, 0, 1, 0, 0, 0), v.distribution(2), 1e-6f);
        assertArrayEquals(dist(0, 0, 0, 0, 1 / 3f, 0, 2 / 3f), v.distribution(3), 1e-6f);
        assertArrayEquals(dist(0, 0, 0.5f, 0, 0, 0.5f, 0), v.distribution(7), 1e-6f);
        assertEquals(Emotion.NEUTRAL, v.majority(3));
    }

    @Test
    void facesWithoutUsableVotesHaveNone() throws Exception {
        FerPlusVotes v = votes();
        assertNull(v.distribution(4), "no votes");
        assertNull(v.distribution(5), "not a face");
        assertNull(v.distribution(6), "contempt and unknown only");
        assertNull(v.distribution(99), "beyond the file");
    }

    @Test
    void softTargetsBlendTheOriginalLabelWithTheVotes() throws Exception {
        FerPlusVotes v = votes();
        LabeledFace sadFace = new LabeledFace(new byte[LabeledFace.PIXELS], Emotion.SAD, "fer2013.csv.gz:3", 3);
        LabeledFace noVotes = new LabeledFace(new byte[LabeledFace.PIXELS], Emotion.FEAR, "fer2013.csv.gz:4", 4);
        List<LabeledFace> soft = v.soften(List.of(sadFace, noVotes), 0.5f);
        assertArrayEquals(dist(0, 0, 0, 0, 0.5f + 1 / 6f, 0, 1 / 3f), soft.get(0).target(), 1e-6f);
        assertEquals(Emotion.SAD, soft.get(0).label());
        assertSame(noVotes, soft.get(1));
        assertArrayEquals(dist(0, 0, 1, 0, 0, 0, 0), soft.get(1).targetOrOneHot(), 0f);
        assertSame(sadFace, v.soften(List.of(sadFace), 1f).get(0), "weight 1 on the original keeps the label");
    }

    @Test
    void theJoinUsesTheTypedRowNotTheSourceText() throws Exception {
        FerPlusVotes v = votes();
        LabeledFace renamed = new LabeledFace(new byte[LabeledFace.PIXELS], Emotion.SAD, "copied/faces.csv:99", 3);
        LabeledFace photo = new LabeledFace(new byte[LabeledFace.PIXELS], Emotion.SAD, "photos/x.jpg:3");
        List<LabeledFace> soft = v.soften(List.of(renamed, photo), 0.5f);
        assertArrayEquals(dist(0, 0, 0, 0, 0.5f + 1 / 6f, 0, 1 / 3f), soft.get(0).target(), 1e-6f);
        assertSame(photo, soft.get(1), "a face with no CSV row has no votes, whatever its source says");
        assertArrayEquals(new int[] {Emotion.NEUTRAL.ordinal(), -1}, v.majorityIndices(List.of(renamed, photo)));
    }
}
