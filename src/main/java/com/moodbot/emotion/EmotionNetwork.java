package com.moodbot.emotion;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import java.util.Arrays;

/**
 * VGG19 with batch norm for 1-channel face crops: 16 3x3 conv layers in five stages, each stage
 * closed by a 2x2 max-pool, then dropout and one linear layer to the 7 emotions. The same block is
 * built for training and for inference so saved parameters always line up.
 */
public final class EmotionNetwork {

    /** Channels per conv layer at width 1.0; 'M' stages are separated by pools. */
    private static final int[][] STAGES = {
        {64, 64}, {128, 128}, {256, 256, 256, 256}, {512, 512, 512, 512}, {512, 512, 512, 512}
    };

    private EmotionNetwork() {
    }

    public static Block vgg19bn(NetworkSpec spec) {
        return build(spec, true);
    }

    /**
     * The same network for inference only, each batch norm folded into the convolution before it
     * (a conv with bias); see {@link BatchNormFolding}. No dropout, which is the identity at inference.
     */
    public static Block vgg19Folded(NetworkSpec spec) {
        return build(spec, false);
    }

    private static Block build(NetworkSpec spec, boolean batchNorm) {
        SequentialBlock net = new SequentialBlock();
        for (int[] stage : STAGES) {
            for (int filters : stage) {
                net.add(Conv2d.builder()
                        .setKernelShape(new Shape(3, 3))
                        .optPadding(new Shape(1, 1))
                        .setFilters(spec.scaled(filters))
                        .optBias(!batchNorm)
                        .build());
                if (batchNorm) {
                    net.add(BatchNorm.builder().build());
                }
                net.add(Activation.reluBlock());
            }
            net.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
        }
        net.add(Blocks.batchFlattenBlock());
        if (batchNorm) {
            net.add(Dropout.builder().optRate(spec.dropout()).build());
        }
        return net.add(Linear.builder().setUnits(Emotion.COUNT).build());
    }

    static int[] channels(NetworkSpec spec) {
        return Arrays.stream(STAGES).flatMapToInt(Arrays::stream).map(spec::scaled).toArray();
    }

    /** Number of conv layers, for documentation and tests. */
    public static int convLayers() {
        int n = 0;
        for (int[] stage : STAGES) {
            n += stage.length;
        }
        return n;
    }
}
