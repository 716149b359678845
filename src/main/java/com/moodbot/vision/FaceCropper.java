package com.moodbot.vision;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** Cuts a FER2013-style face from a grey image: square, eyes levelled when known, 48x48, equalised. */
public final class FaceCropper {

    private FaceCropper() {
    }

    public static byte[] crop(Mat grey, FaceBox box, Framing framing) {
        double side = Math.max(box.width(), box.height()) * framing.scale();
        Point centre = new Point(box.centreX(), box.centreY() + box.height() * framing.shiftDown());
        double angle = box.eyes().map(e -> Math.toDegrees(Math.atan2(e.leftY() - e.rightY(), e.leftX() - e.rightX())))
                .orElse(0.0);
        Mat transform = Imgproc.getRotationMatrix2D(centre, angle, 1.0);
        transform.put(0, 2, transform.get(0, 2)[0] + side / 2 - centre.x);
        transform.put(1, 2, transform.get(1, 2)[0] + side / 2 - centre.y);
        Mat face = new Mat();
        try {
            int s = (int) Math.round(side);
            Imgproc.warpAffine(grey, face, transform, new Size(s, s), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
            return FaceNormaliser.toFer48(face);
        } finally {
            face.release();
            transform.release();
        }
    }
}
