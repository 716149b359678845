package com.moodbot.vision;

import java.util.Optional;

/**
 * A detected face in image pixel coordinates, with the eye centres when the detector finds
 * landmarks (YuNet does, the cascade does not). "Right eye" is the person's right eye.
 */
public record FaceBox(double x, double y, double width, double height, double score, Optional<Eyes> eyes) {

    public record Eyes(double rightX, double rightY, double leftX, double leftY) {
        Eyes scaled(double f) {
            return new Eyes(rightX * f, rightY * f, leftX * f, leftY * f);
        }
    }

    public double area() {
        return width * height;
    }

    public double side() {
        return Math.min(width, height);
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    /** Whole pixels, as answers show a box. */
    public record Pixels(int x, int y, int width, int height) {
    }

    /** The box in whole pixels, clipped to the photo: a face at the edge can be found partly outside it. */
    public Pixels within(int photoWidth, int photoHeight) {
        int left = clip(x, photoWidth);
        int top = clip(y, photoHeight);
        return new Pixels(left, top, clip(x + width, photoWidth) - left, clip(y + height, photoHeight) - top);
    }

    private static int clip(double edge, int size) {
        return (int) Math.max(0, Math.min(size, Math.round(edge)));
    }

    /** The same face in an image {@code f} times as large. */
    public FaceBox scaled(double f) {
        return new FaceBox(x * f, y * f, width * f, height * f, score, eyes.map(e -> e.scaled(f)));
    }
}
