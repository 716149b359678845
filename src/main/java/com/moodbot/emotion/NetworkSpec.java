package com.moodbot.emotion;

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

    int scaled(int filters) {
        return Math.max(8, Math.round(filters * width));
    }
}
