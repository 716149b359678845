package com.moodbot.vision;

/** A face found in a photo: where it is, and its FER-normalised 48x48 grey crop. */
public record DetectedFace(FaceBox box, byte[] fer48) {
}
