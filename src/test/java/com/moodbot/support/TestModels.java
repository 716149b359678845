package com.moodbot.support;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import com.moodbot.emotion.EmotionNetwork;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.emotion.NetworkSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small untrained models for tests that exercise the pipeline, not the model's skill. */
public final class TestModels {

    public static final NetworkSpec TINY = new NetworkSpec(0.125f, 44, 0f);

    private TestModels() {
    }

    /** The shipped model when there is one (the browser tests' screenshots go into README.md), else a random one. */
    public static Path shippedOrRandom(long seed) throws IOException {
        Path shipped = Path.of("models");
        return Files.isRegularFile(shipped.resolve(ModelFiles.PARAMS)) ? shipped
                : random(seed);
    }

    /** A seeded, randomly initialised tiny model in a new scratch folder ({@link TestFiles}). */
    public static Path random(long seed) throws IOException {
        return writeRandom(TestFiles.dir("moodbot-model"), seed);
    }

    /** Writes a seeded, randomly initialised tiny model in the {@link ModelFiles} layout. */
    public static Path writeRandom(Path dir, long seed) throws IOException {
        Engine.getEngine("PyTorch").setRandomSeed((int) seed);
        Block block = EmotionNetwork.vgg19bn(TINY);
        try (Model model = Model.newInstance("test")) {
            model.setBlock(block);
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 1, 44, 44));
            ModelFiles.writeSpec(dir, TINY);
            ModelFiles.saveParameters(block, dir.resolve(ModelFiles.PARAMS));
        }
        return dir;
    }
}
