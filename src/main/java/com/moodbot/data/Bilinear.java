package com.moodbot.data;

/** Bilinear sampling of a square grey image, coordinates clamped to its edges. */
public final class Bilinear {

    private Bilinear() {
    }

    public static float sample(float[] src, int side, double x, double y) {
        double cx = Math.min(Math.max(x, 0), side - 1);
        double cy = Math.min(Math.max(y, 0), side - 1);
        int x0 = (int) cx;
        int y0 = (int) cy;
        int x1 = Math.min(x0 + 1, side - 1);
        int y1 = Math.min(y0 + 1, side - 1);
        double fx = cx - x0;
        double fy = cy - y0;
        double top = src[y0 * side + x0] * (1 - fx) + src[y0 * side + x1] * fx;
        double bottom = src[y1 * side + x0] * (1 - fx) + src[y1 * side + x1] * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }
}
