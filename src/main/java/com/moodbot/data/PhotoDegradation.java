package com.moodbot.data;

import java.util.SplittableRandom;

/**
 * What real phone and web photos do to a face that FER2013's faces rarely show: blur, a face that
 * was small and got upscaled, sensor noise, under- or over-exposure, glasses or a hand over part of
 * the face. Applied to a 48x48 face before it is equalised again, as serving equalises every crop.
 */
public final class PhotoDegradation {

    private static final int SIDE = LabeledFace.SIDE;

    private final SplittableRandom random;

    public PhotoDegradation(SplittableRandom random) {
        this.random = random;
    }

    /** Returns the face, degraded and re-equalised, or the same array when nothing was applied. */
    public float[] apply(float[] face) {
        float[] img = face;
        boolean changed = false;
        if (random.nextDouble() < 0.3) {
            img = gamma(img, Math.exp(uniform(Math.log(0.6), Math.log(1.7))));
            changed = true;
        }
        if (random.nextDouble() < 0.2) {
            img = resample(img, 16 + random.nextInt(21));
            changed = true;
        }
        if (random.nextDouble() < 0.2) {
            img = blur(img, uniform(0.4, 1.1));
            changed = true;
        }
        if (random.nextDouble() < 0.2) {
            img = noise(img, uniform(2, 10));
            changed = true;
        }
        if (random.nextDouble() < 0.08) {
            img = glasses(img);
            changed = true;
        }
        if (random.nextDouble() < 0.08) {
            img = hand(img);
            changed = true;
        }
        return changed ? equalise(img) : img;
    }

    public static float[] gamma(float[] img, double g) {
        float[] out = new float[img.length];
        for (int i = 0; i < img.length; i++) {
            out[i] = (float) (255 * Math.pow(Math.max(0, img[i]) / 255.0, g));
        }
        return out;
    }

    /** Down to {@code side} pixels (box average) and back up (bilinear), like a small face in a photo. */
    public static float[] resample(float[] img, int side) {
        float[] small = new float[side * side];
        double f = SIDE / (double) side;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double sum = 0;
                int n = 0;
                for (int sy = (int) (y * f); sy < Math.min(SIDE, (int) Math.ceil((y + 1) * f)); sy++) {
                    for (int sx = (int) (x * f); sx < Math.min(SIDE, (int) Math.ceil((x + 1) * f)); sx++) {
                        sum += img[sy * SIDE + sx];
                        n++;
                    }
                }
                small[y * side + x] = (float) (sum / n);
            }
        }
        float[] out = new float[SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                out[y * SIDE + x] = Bilinear.sample(small, side, (x + 0.5) / f - 0.5, (y + 0.5) / f - 0.5);
            }
        }
        return out;
    }

    /** Separable Gaussian blur, edges clamped. */
    public static float[] blur(float[] img, double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        double[] k = new double[2 * r + 1];
        double total = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = Math.exp(-i * i / (2 * sigma * sigma));
            total += k[i + r];
        }
        float[] tmp = new float[img.length];
        float[] out = new float[img.length];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double s = 0;
                for (int i = -r; i <= r; i++) {
                    s += k[i + r] * img[y * SIDE + Math.min(SIDE - 1, Math.max(0, x + i))];
                }
                tmp[y * SIDE + x] = (float) (s / total);
            }
        }
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double s = 0;
                for (int i = -r; i <= r; i++) {
                    s += k[i + r] * tmp[Math.min(SIDE - 1, Math.max(0, y + i)) * SIDE + x];
                }
                out[y * SIDE + x] = (float) (s / total);
            }
        }
        return out;
    }

    private float[] noise(float[] img, double sigma) {
        float[] out = new float[img.length];
        for (int i = 0; i < img.length; i++) {
            out[i] = (float) (img[i] + sigma * gaussian());
        }
        return out;
    }

    /** A dark band with a bridge across the eye line, as dark glasses leave. */
    private float[] glasses(float[] img) {
        float[] out = img.clone();
        int top = 13 + random.nextInt(5);
        int height = 6 + random.nextInt(4);
        float shade = (float) uniform(0, 60);
        for (int y = top; y < Math.min(SIDE, top + height); y++) {
            for (int x = 4; x < SIDE - 4; x++) {
                boolean bridge = Math.abs(x - SIDE / 2) < 2 && y > top + 2;
                if (!bridge) {
                    out[y * SIDE + x] = shade;
                }
            }
        }
        return out;
    }

    /** A smooth bright ellipse over a lower corner of the face, as a hand on a cheek or chin. */
    private float[] hand(float[] img) {
        float[] out = img.clone();
        double cx = random.nextBoolean() ? uniform(4, 16) : uniform(32, 44);
        double cy = uniform(30, 46);
        double rx = uniform(8, 14);
        double ry = uniform(10, 18);
        float tone = (float) uniform(130, 220);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double d = Math.pow((x - cx) / rx, 2) + Math.pow((y - cy) / ry, 2);
                if (d < 1) {
                    out[y * SIDE + x] = tone + (float) (10 * d);
                }
            }
        }
        return out;
    }

    /** Histogram equalisation over 256 grey levels, as OpenCV's {@code equalizeHist}. */
    public static float[] equalise(float[] img) {
        int[] hist = new int[256];
        int[] level = new int[img.length];
        for (int i = 0; i < img.length; i++) {
            level[i] = Math.min(255, Math.max(0, Math.round(img[i])));
            hist[level[i]]++;
        }
        int first = 0;
        while (hist[first] == 0) {
            first++;
        }
        int below = hist[first];
        if (below == img.length) {
            return img;
        }
        float[] lut = new float[256];
        int cdf = 0;
        for (int v = 0; v < 256; v++) {
            cdf += hist[v];
            lut[v] = Math.round((cdf - below) * 255f / (img.length - below));
        }
        float[] out = new float[img.length];
        for (int i = 0; i < img.length; i++) {
            out[i] = Math.max(0, lut[level[i]]);
        }
        return out;
    }

    private double gaussian() {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }
}
