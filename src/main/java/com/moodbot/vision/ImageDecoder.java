package com.moodbot.vision;

import com.moodbot.logging.LogSafe;
import com.moodbot.vision.ImageRejectedException.Reason;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.LongSupplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * Turns photo bytes into an 8-bit BGR image, in memory only. The format is sniffed from magic bytes,
 * the dimensions are read from the header and capped before any pixel is decoded. Decoding is done
 * in Java (ImageIO with TwelveMonkeys' readers, the disk cache off), so untrusted bytes never reach
 * OpenCV's native decoders: OpenCV gets pixels only. A photo over {@value #DECODED_PIXELS} pixels is
 * decoded at 1/2, 1/3... of its size (the reader skips the other pixels), so one photo in hand never
 * holds more than that many decoded pixels; faces stay far above the 48 px the model reads. A decode
 * that runs past {@link ImageLimits#decodeDeadline()} is aborted and the photo refused as unreadable.
 * EXIF orientation is applied; GIFs give their first frame.
 */
public final class ImageDecoder {

    static {
        ImageIO.setUseCache(false);
    }

    static final long DECODED_PIXELS = 12_000_000;
    /** Images held whole while decoding ({@link HeldWhole}) may have this many pixels at most. */
    static final long HELD_WHOLE_PIXELS = 8_000_000;
    private final ImageLimits limits;
    private final LongSupplier nanoTime;

    public ImageDecoder(ImageLimits limits) {
        this(limits, System::nanoTime);
    }

    ImageDecoder(ImageLimits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
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
        long deadline = nanoTime.getAsLong() + limits.decodeDeadline().toNanos();
        Mat image = toBgr(read(bytes, format, deadline));
        if (format == ImageFormat.JPEG) {
            ExifOrientation.apply(image, ExifOrientation.of(bytes));
        }
        if (nanoTime.getAsLong() - deadline > 0) {
            image.release();
            throw tooSlow(format);
        }
        return image;
    }

    /** Checks the header's dimensions against the cap, then decodes the first image by {@code deadline}. */
    private BufferedImage read(byte[] bytes, ImageFormat format, long deadline) throws ImageRejectedException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageRejectedException(Reason.UNSUPPORTED_FORMAT, "no decoder for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) <= 0 || reader.getHeight(0) <= 0) {
                    throw new ImageRejectedException(Reason.CORRUPT, format + " header claims "
                            + reader.getWidth(0) + "x" + reader.getHeight(0) + " pixels");
                }
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > limits.maxPixels()) {
                    throw new ImageRejectedException(Reason.TOO_LARGE, format + " header claims "
                            + reader.getWidth(0) + "x" + reader.getHeight(0) + " pixels, over the cap of " + limits.maxPixels());
                }
                String heldWhole = HeldWhole.kind(bytes, format);
                if (heldWhole != null && pixels > HELD_WHOLE_PIXELS) {
                    throw new ImageRejectedException(Reason.TOO_LARGE, format + " is " + heldWhole + " at "
                            + reader.getWidth(0) + "x" + reader.getHeight(0) + " pixels; such images are held whole while "
                            + "decoding, so they may have " + HELD_WHOLE_PIXELS + " at most");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image;
                try (DecodeDeadline watch = DecodeDeadline.start(reader, deadline, nanoTime)) {
                    try {
                        image = reader.read(0, param);
                    } catch (IOException | RuntimeException e) {
                        if (watch.passed()) {
                            throw tooSlow(format);
                        }
                        throw e;
                    }
                    if (watch.passed()) {
                        throw tooSlow(format);
                    }
                }
                if (image == null) {
                    throw new ImageRejectedException(Reason.CORRUPT, format + " could not be decoded");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (ImageRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // the decoder's words are often the file's own bytes: one line, cut short, before they reach a log
            throw new ImageRejectedException(Reason.CORRUPT, format + " could not be decoded: " + LogSafe.value(e.getMessage()));
        }
    }

    private ImageRejectedException tooSlow(ImageFormat format) {
        return new ImageRejectedException(Reason.CORRUPT, format + " took longer than its deadline of "
                + limits.decodeDeadline().toMillis() + " ms to decode");
    }

    /** Copies the pixels into an OpenCV image; transparency is laid over white. */
    private static Mat toBgr(BufferedImage decoded) {
        BufferedImage bgr = decoded;
        if (decoded.getType() == BufferedImage.TYPE_4BYTE_ABGR && decoded.getRaster().getSampleModel()
                instanceof PixelInterleavedSampleModel model && model.getPixelStride() == 4
                && model.getScanlineStride() == decoded.getWidth() * 4 && decoded.getRaster().getSampleModelTranslateX() == 0
                && decoded.getRaster().getSampleModelTranslateY() == 0) {
            return overWhite(decoded, model.getBandOffsets());
        }
        if (decoded.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            bgr = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = bgr.createGraphics();
            g.drawImage(decoded, 0, 0, Color.WHITE, null);
            g.dispose();
        }
        Mat mat = new Mat(bgr.getHeight(), bgr.getWidth(), CvType.CV_8UC3);
        mat.put(0, 0, ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData());
        return mat;
    }

    /**
     * RGBA (a PNG with transparency) laid over white, straight into BGR bytes: Java2D's general loop
     * for this took seconds on a 12 MP picture.
     */
    private static Mat overWhite(BufferedImage rgba, int[] bandOffsets) {
        byte[] src = ((DataBufferByte) rgba.getRaster().getDataBuffer()).getData();
        int pixels = rgba.getWidth() * rgba.getHeight();
        byte[] bgr = new byte[pixels * 3];
        int r = bandOffsets[0];
        int g = bandOffsets[1];
        int b = bandOffsets[2];
        int a = bandOffsets[3];
        for (int i = 0, p = 0, q = 0; i < pixels; i++, p += 4, q += 3) {
            int alpha = src[p + a] & 0xFF;
            int white = 255 * (255 - alpha);
            bgr[q] = (byte) (((src[p + b] & 0xFF) * alpha + white + 127) / 255);
            bgr[q + 1] = (byte) (((src[p + g] & 0xFF) * alpha + white + 127) / 255);
            bgr[q + 2] = (byte) (((src[p + r] & 0xFF) * alpha + white + 127) / 255);
        }
        Mat mat = new Mat(rgba.getHeight(), rgba.getWidth(), CvType.CV_8UC3);
        mat.put(0, 0, bgr);
        return mat;
    }
}
