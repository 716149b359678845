package com.moodbot.vision;

/**
 * Square crop side as a multiple of the box's larger side, and a downward shift of the centre as a
 * fraction of the box height.
 */
public record Framing(double scale, double shiftDown) {
}
