package com.moodbot.emotion;

import ai.djl.ndarray.types.Shape;

/**
 * Shape of the emotion network: width multiplier on every conv layer, square input side (44 for
 * crops of FER2013's 48x48 faces, or 48) and classifier dropout.
 */
public record NetworkSpec(float width, int inputSize, float dropout) {

    public NetworkSpec {
        if (width <= 0f || width > 2f) {
            throw new IllegalArgumentException("width must be in (0, 2], got " + width);
        }
        if (inputSize != 44 && inputSize != 48) {
            throw new IllegalArgumentException("input size must be 44 or 48, got " + inputSize);
        }
        if (dropout < 0f || dropout >= 1f) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
    }

    /**
     * Fewest output channels a conv layer gets, whatever the width. Below 16, oneDNN 3.7.1's AVX-512
     * backward-data convolution (PyTorch 2.7.1 on CPUs with AVX-512) returns wrong input gradients that
     * change from run to run (measured on AMD Zen 5: up to 16 against gradients of at most 46), so a
     * narrower layer would train on noise. 16 and above, and every multiple of 16, is exact
     * ({@code ConvolutionGradientTest}).
     */
    public static final int MIN_CHANNELS = 16;

    int scaled(int filters) {
        return Math.max(MIN_CHANNELS, Math.round(filters * width));
    }

    /** The shape of one face the network takes: batch 1, one grey channel, {@code inputSize} square. */
    public Shape inputShape() {
        return new Shape(1, 1, inputSize, inputSize);
    }

    /** Output channels of each conv layer, in order. */
    public int[] convChannels() {
        return EmotionNetwork.channels(this);
    }
}
