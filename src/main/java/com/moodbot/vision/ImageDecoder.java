package com.moodbot.vision;

import com.moodbot.vision.ImageRejectedException.Reason;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Turns photo bytes into an 8-bit BGR image, in memory only. The format is sniffed from magic bytes,
 * the dimensions are read from the header and capped before any pixel is decoded, and EXIF
 * orientation is applied (OpenCV does this for JPEG). GIFs give their first frame.
 */
public final class ImageDecoder {

    private final ImageLimits limits;

    public ImageDecoder(ImageLimits limits) {
        this.limits = limits;
        OpenCv.load();
    }

    public Mat decode(byte[] bytes) throws ImageRejectedException {
        if (bytes == null || bytes.length == 0) {
            throw new ImageRejectedException(Reason.EMPTY, "no image bytes");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ImageRejectedException(Reason.TOO_LARGE, bytes.length + " bytes is over the cap of " + limits.maxBytes());
        }
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() ->
                new ImageRejectedException(Reason.UNSUPPORTED_FORMAT, "not an image format we know"));
        if (!format.supported()) {
            throw new ImageRejectedException(Reason.UNSUPPORTED_FORMAT, format + " is not supported");
        }
        checkDimensions(bytes, format);
        Mat image = format == ImageFormat.GIF ? null : Imgcodecs.imdecode(new MatOfByte(bytes), Imgcodecs.IMREAD_COLOR);
        if (image == null || image.empty()) {
            image = decodeWithImageIo(bytes, format);
        }
        return image;
    }

    private void checkDimensions(byte[] bytes, ImageFormat format) throws ImageRejectedException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageRejectedException(Reason.UNSUPPORTED_FORMAT, "no decoder for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > limits.maxPixels() || pixels <= 0) {
                    throw new ImageRejectedException(Reason.TOO_LARGE, format + " header claims "
                            + reader.getWidth(0) + "x" + reader.getHeight(0) + " pixels, over the cap of " + limits.maxPixels());
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageRejectedException(Reason.CORRUPT, format + " header unreadable: " + e.getMessage());
        }
    }

    private static Mat decodeWithImageIo(byte[] bytes, ImageFormat format) throws ImageRejectedException {
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ImageRejectedException(Reason.CORRUPT, format + " could not be decoded: " + e.getMessage());
        }
        if (decoded == null) {
            throw new ImageRejectedException(Reason.CORRUPT, format + " could not be decoded");
        }
        BufferedImage bgr = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        bgr.createGraphics().drawImage(decoded, 0, 0, Color.WHITE, null);
        Mat mat = new Mat(bgr.getHeight(), bgr.getWidth(), CvType.CV_8UC3);
        mat.put(0, 0, ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData());
        return mat;
    }
}
