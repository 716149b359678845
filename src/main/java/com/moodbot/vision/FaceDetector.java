package com.moodbot.vision;

import java.util.List;
import org.opencv.core.Mat;

/** Finds faces in an 8-bit BGR image; implementations must be safe to call from several threads. */
public sealed interface FaceDetector extends AutoCloseable permits CascadeFaceDetector, YuNetFaceDetector {

    List<FaceBox> detect(Mat bgr);

    String name();

    /** How this detector's boxes map to FER2013's framing (hairline to chin, centred). */
    Framing framing();

    @Override
    void close();
}
