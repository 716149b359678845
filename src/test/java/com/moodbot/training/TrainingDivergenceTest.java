package com.moodbot.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.TrainingDivergedException;
import com.moodbot.bench.SyntheticFaces;
import com.moodbot.emotion.Emotion;
import com.moodbot.support.TestModels;
import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.moodbot.data.LabeledFace;

/** A loss that becomes NaN stops the run through DJL's divergence check, before a checkpoint is overwritten. */
class TrainingDivergenceTest {

    @TempDir
    Path dir;

    @Test
    void aNanLossStopsTheRunWithDjlsExceptionAndWritesNoCheckpoint() {
        List<LabeledFace> train = new ArrayList<>(SyntheticFaces.labelled(32, 1));
        float[] poisoned = new float[Emotion.COUNT];
        Arrays.fill(poisoned, Float.NaN);
        train.set(0, train.get(0).withTarget(poisoned));
        TrainOptions o = TrainOptions.builder(dir, TestModels.TINY).data("synthetic").batchSize(16).seed(7)
                .epochs(2).build();
        List<ValidationSet> validation = List.of(new ValidationSet("held-out", SyntheticFaces.labelled(14, 2)));
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> new EmotionTrainer(new TrainingArtifacts(JsonMapper.createDefault())).train(o, train, validation));
        assertTrue(e.getMessage().contains("epoch 1") && e.getMessage().contains("--lr"), e.getMessage());
        assertFalse(Files.exists(dir.resolve(EmotionTrainer.LAST)), "no checkpoint from the diverged epoch");
    }
}
