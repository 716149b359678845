package com.moodbot.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.PairList;
import com.moodbot.emotion.EmotionNetwork;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.support.TestModels;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightAveragingTest {

    @TempDir
    Path dir;

    @Test
    void everyParameterIsTheMeanOfTheSnapshots() throws Exception {
        Path a = TestModels.writeRandom(dir.resolve("a"), 1).resolve(ModelFiles.PARAMS);
        Path b = TestModels.writeRandom(dir.resolve("b"), 2).resolve(ModelFiles.PARAMS);
        Path c = TestModels.writeRandom(dir.resolve("c"), 3).resolve(ModelFiles.PARAMS);
        Path mean = dir.resolve("mean.params");
        WeightAveraging.average(TestModels.TINY, List.of(a, b, c), mean);

        try (Model model = Model.newInstance("check")) {
            PairList<String, Parameter> pa = load(model, a);
            PairList<String, Parameter> pb = load(model, b);
            PairList<String, Parameter> pc = load(model, c);
            PairList<String, Parameter> pm = load(model, mean);
            for (int i = 0; i < pm.size(); i++) {
                float[] expected = pa.valueAt(i).getArray().add(pb.valueAt(i).getArray())
                        .add(pc.valueAt(i).getArray()).div(3).toFloatArray();
                assertArrayEquals(expected, pm.valueAt(i).getArray().toFloatArray(), 1e-6f, pm.keyAt(i));
            }
        }
    }

    @Test
    void nothingToAverageIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> WeightAveraging.average(TestModels.TINY, List.of(), dir.resolve("x.params")));
    }

    private static PairList<String, Parameter> load(Model model, Path file) throws Exception {
        Block block = EmotionNetwork.vgg19bn(TestModels.TINY);
        block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 1, 44, 44));
        ModelFiles.loadParameters(block, model.getNDManager(), file);
        return block.getParameters();
    }
}
