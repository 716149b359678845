package com.moodbot.training;

import com.moodbot.emotion.FaceTensor;
import java.util.SplittableRandom;
import com.moodbot.data.LabeledFace;
import com.moodbot.data.PhotoDegradation;
import com.moodbot.data.Bilinear;

/**
 * Training-time augmentation of 48x48 grey faces: real-photo degradations (see
 * {@link PhotoDegradation}), small rotation and scale, random crop to the network input, horizontal
 * flip, brightness/contrast jitter and random erasing. Deterministic for a given seed.
 */
public final class Augmenter {

    private static final int SIDE = LabeledFace.SIDE;
    private final int inputSize;
    private final SplittableRandom random;
    private final double maxRotationDegrees;
    private final double maxScaleDelta;
    private final double erasingProbability;
    private final PhotoDegradation degradation;

    public Augmenter(int inputSize, long seed) {
        this(inputSize, seed, 10, 0.1, 0.3);
    }

    /** Random crop, flip and brightness/contrast only. */
    public static Augmenter light(int inputSize, long seed) {
        return new Augmenter(inputSize, seed, 0, 0, 0);
    }

    Augmenter(int inputSize, long seed, double maxRotationDegrees, double maxScaleDelta, double erasingProbability) {
        this.inputSize = inputSize;
        this.random = new SplittableRandom(seed);
        this.maxRotationDegrees = maxRotationDegrees;
        this.maxScaleDelta = maxScaleDelta;
        this.erasingProbability = erasingProbability;
        this.degradation = maxRotationDegrees == 0 && maxScaleDelta == 0 ? null : new PhotoDegradation(random);
    }

    /** Returns an {@code inputSize}x{@code inputSize} augmented crop in 0..255 grey values. */
    public float[] augment(float[] face48) {
        float[] degraded = degradation == null ? face48 : degradation.apply(face48);
        float[] warped = maxRotationDegrees == 0 && maxScaleDelta == 0 ? degraded
                : rotateScale(degraded, uniform(-maxRotationDegrees, maxRotationDegrees), 1 + uniform(-maxScaleDelta, maxScaleDelta));
        int slack = SIDE - inputSize;
        float[] crop = FaceTensor.crop(warped, SIDE, random.nextInt(slack + 1), random.nextInt(slack + 1),
                inputSize, random.nextBoolean());
        jitter(crop);
        if (random.nextDouble() < erasingProbability) {
            erase(crop);
        }
        return crop;
    }

    private float[] rotateScale(float[] src, double degrees, double scale) {
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a) / scale;
        double sin = Math.sin(a) / scale;
        double c = (SIDE - 1) / 2.0;
        float[] out = new float[src.length];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double dx = x - c;
                double dy = y - c;
                out[y * SIDE + x] = Bilinear.sample(src, SIDE, cos * dx + sin * dy + c, -sin * dx + cos * dy + c);
            }
        }
        return out;
    }

    private void jitter(float[] img) {
        float contrast = (float) uniform(0.8, 1.2);
        float brightness = (float) uniform(-20, 20);
        for (int i = 0; i < img.length; i++) {
            img[i] = Math.min(255f, Math.max(0f, (img[i] - 127.5f) * contrast + 127.5f + brightness));
        }
    }

    private void erase(float[] img) {
        double area = uniform(0.02, 0.2) * inputSize * inputSize;
        double aspect = Math.exp(uniform(Math.log(0.3), Math.log(3.3)));
        int h = (int) Math.min(inputSize, Math.round(Math.sqrt(area * aspect)));
        int w = (int) Math.min(inputSize, Math.round(Math.sqrt(area / aspect)));
        int top = random.nextInt(inputSize - h + 1);
        int left = random.nextInt(inputSize - w + 1);
        for (int y = top; y < top + h; y++) {
            for (int x = left; x < left + w; x++) {
                img[y * inputSize + x] = (float) random.nextDouble(256);
            }
        }
    }

    private double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }
}
