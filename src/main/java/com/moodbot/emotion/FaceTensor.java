package com.moodbot.emotion;

/**
 * The one place that turns grey face pixels into network input, shared by training, evaluation and
 * serving. Faces must already be histogram-equalised, as FER2013's are.
 */
public final class FaceTensor {

    /** FER2013 faces are contrast-stretched to a near-flat histogram: mean ~0.5, std ~0.29. */
    static final float MEAN = 0.5f;
    static final float STD = 0.29f;

    private FaceTensor() {
    }

    /** Normalises 0..255 grey values in place-free fashion into {@code out} at {@code offset}. */
    public static void normalise(float[] grey, float[] out, int offset) {
        for (int i = 0; i < grey.length; i++) {
            out[offset + i] = (grey[i] / 255f - MEAN) / STD;
        }
    }

    /** Crops a {@code size}x{@code size} window at (x, y) from a square grey image of side {@code side}. */
    public static float[] crop(float[] grey, int side, int x, int y, int size, boolean flip) {
        float[] out = new float[size * size];
        for (int r = 0; r < size; r++) {
            int src = (y + r) * side + x;
            int dst = r * size;
            if (flip) {
                for (int c = 0; c < size; c++) {
                    out[dst + c] = grey[src + size - 1 - c];
                }
            } else {
                System.arraycopy(grey, src, out, dst, size);
            }
        }
        return out;
    }

    /** Centre crop of a 48x48 face to the network input side (identity at 48). */
    public static float[] centre(float[] face48, int inputSize) {
        int m = (48 - inputSize) / 2;
        return crop(face48, 48, m, m, inputSize, false);
    }

    /** The centre crop and its mirror image. */
    public static float[][] centreAndMirror(float[] face48, int inputSize) {
        int m = (48 - inputSize) / 2;
        return new float[][] {crop(face48, 48, m, m, inputSize, false), crop(face48, 48, m, m, inputSize, true)};
    }

    /** The ten standard crops: four corners and centre, each also mirrored. */
    public static float[][] tenCrop(float[] face48, int inputSize) {
        int d = 48 - inputSize;
        int[][] origins = {{0, 0}, {d, 0}, {0, d}, {d, d}, {d / 2, d / 2}};
        float[][] crops = new float[10][];
        for (int i = 0; i < 5; i++) {
            crops[2 * i] = crop(face48, 48, origins[i][0], origins[i][1], inputSize, false);
            crops[2 * i + 1] = crop(face48, 48, origins[i][0], origins[i][1], inputSize, true);
        }
        return crops;
    }
}
