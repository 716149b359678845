package com.moodbot.emotion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.moodbot.bench.SyntheticFaces;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** The folded inference network computes what the trained network computes in inference mode. */
class BatchNormFoldingTest {

    @TempDir
    Path dir;

    @Test
    void foldedNetworkMatchesTheBatchNormNetwork() throws Exception {
        NetworkSpec spec = new NetworkSpec(0.125f, 44, 0f);
        Random random = new Random(11);
        try (Model model = Model.newInstance("trained")) {
            Block block = EmotionNetwork.vgg19bn(spec);
            model.setBlock(block);
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 1, 44, 44));
            for (Pair<String, Parameter> p : block.getParameters()) {
                String name = p.getKey();
                NDArray a = p.getValue().getArray();
                float[] v = a.toFloatArray();
                for (int i = 0; i < v.length; i++) {
                    double g = random.nextGaussian();
                    v[i] = (float) (name.endsWith("runningVar") ? 0.2 + Math.abs(g)
                            : name.endsWith("gamma") ? 1 + 0.3 * g : name.endsWith("weight") ? v[i] : 0.3 * g);
                }
                a.set(FloatBuffer.wrap(v));
            }
            ModelFiles.writeSpec(dir, spec);
            ModelFiles.saveParameters(block, dir.resolve(ModelFiles.PARAMS));

            List<byte[]> faces = SyntheticFaces.pixels(6, 12);
            try (EmotionClassifier unfolded = EmotionClassifier.wrap(model, spec);
                 EmotionClassifier folded = EmotionClassifier.load(dir, 1)) {
                float[][] expected = unfolded.probabilities(faces, TestTimeViews.CENTRE);
                float[][] actual = folded.probabilities(faces, TestTimeViews.CENTRE);
                for (int i = 0; i < faces.size(); i++) {
                    assertArrayEquals(expected[i], actual[i], 1e-4f, "face " + i);
                }
                folded.save(dir.resolve("copy"));
                assertEquals(spec, ModelFiles.readSpec(dir.resolve("copy")));
            }
        }
    }
}
