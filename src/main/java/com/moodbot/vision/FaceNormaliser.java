package com.moodbot.vision;

import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Brings a grey face crop to FER2013's form: 48x48 and histogram-equalised (FER2013's faces are
 * contrast-stretched, so the model expects equalised input everywhere).
 */
public final class FaceNormaliser {

    public static final int SIDE = 48;

    private FaceNormaliser() {
    }

    /** @param grey an 8-bit single-channel crop of any size */
    public static byte[] toFer48(Mat grey) {
        OpenCv.load();
        Mat resized = new Mat();
        Mat equalised = new Mat();
        try {
            int interpolation = grey.cols() > SIDE ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR;
            Imgproc.resize(grey, resized, new Size(SIDE, SIDE), 0, 0, interpolation);
            Imgproc.equalizeHist(resized, equalised);
            byte[] out = new byte[SIDE * SIDE];
            equalised.get(0, 0, out);
            return out;
        } finally {
            resized.release();
            equalised.release();
        }
    }
}
