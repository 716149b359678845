package com.moodbot.emotion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The training network's gradients are the same every time it is run on the same batch. This is what
 * failed on AVX-512 CPUs while a conv layer had fewer than {@link NetworkSpec#MIN_CHANNELS} output
 * channels (oneDNN's backward-data kernel returned wrong input gradients that changed from run to
 * run), and what {@code TrainingSmokeTest}'s bit-for-bit checks rest on.
 */
class ConvolutionGradientTest {

    private static final int REPEATS = 6;

    @ParameterizedTest
    @ValueSource(floats = {0.125f, 0.25f})
    void theNetworkGivesTheSameGradientsEveryTime(float width) {
        NetworkSpec spec = new NetworkSpec(width, 44, 0f);
        assertTrue(Arrays.stream(spec.convChannels()).allMatch(c -> c >= NetworkSpec.MIN_CHANNELS),
                Arrays.toString(spec.convChannels()));
        Engine.getEngine("PyTorch").setRandomSeed(3);
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = EmotionNetwork.vgg19bn(spec);
            Shape input = new Shape(16, 1, spec.inputSize(), spec.inputSize());
            block.initialize(manager, DataType.FLOAT32, input);
            block.getParameters().values().stream().filter(Parameter::requiresGradient)
                    .forEach(p -> p.getArray().setRequiresGradient(true));
            NDArray batch = manager.randomNormal(input);
            List<float[]> first = gradients(block, manager, batch);
            for (int run = 2; run <= REPEATS; run++) {
                List<float[]> again = gradients(block, manager, batch);
                for (int i = 0; i < first.size(); i++) {
                    assertArrayEquals(first.get(i), again.get(i), "gradient " + i + " at width " + width + ", run " + run);
                }
            }
        }
    }

    private static List<float[]> gradients(Block block, NDManager manager, NDArray batch) {
        List<float[]> gradients = new ArrayList<>();
        try (NDManager run = manager.newSubManager()) {
            NDArray x = batch.duplicate();
            x.attach(run);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray logits = block.forward(new ParameterStore(run, false), new NDList(x), true).singletonOrThrow();
                collector.backward(logits.sum());
            }
            for (Parameter p : block.getParameters().values()) {
                if (!p.requiresGradient()) {
                    continue;
                }
                NDArray gradient = p.getArray().getGradient();
                gradients.add(gradient.toFloatArray());
                gradient.muli(0);
            }
        }
        return gradients;
    }
}
