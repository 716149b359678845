package com.moodbot.vision;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.opencv.core.Core;
import org.opencv.core.Mat;

/**
 * A JPEG's EXIF orientation (1-8), read in Java, and the turn or mirror that shows the stored
 * pixels upright. Phones store selfies sideways with this tag.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** @return 1 (as stored) when there is no readable tag */
    static int of(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> app1 = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (app1.isEmpty()) {
                return 1;
            }
            InputStream data = app1.get(0).data();
            if (data.read() < 0) {
                return 1;
            }
            try (ImageInputStream tiff = ImageIO.createImageInputStream(data)) {
                Directory exif = new TIFFReader().read(tiff);
                Entry entry = exif instanceof CompoundDirectory c && c.directoryCount() > 0
                        ? c.getDirectory(0).getEntryById(TIFF.TAG_ORIENTATION) : exif.getEntryById(TIFF.TAG_ORIENTATION);
                if (entry == null || !(entry.getValue() instanceof Number n)) {
                    return 1;
                }
                int value = n.intValue();
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (IOException | RuntimeException unreadable) {
            return 1;
        }
    }

    /** Turns or mirrors {@code image} in place so that it shows upright. */
    static void apply(Mat image, int orientation) {
        switch (orientation) {
            case 2 -> Core.flip(image, image, 1);
            case 3 -> Core.flip(image, image, -1);
            case 4 -> Core.flip(image, image, 0);
            case 5 -> Core.transpose(image, image);
            case 6 -> {
                Core.transpose(image, image);
                Core.flip(image, image, 1);
            }
            case 7 -> {
                Core.transpose(image, image);
                Core.flip(image, image, -1);
            }
            case 8 -> {
                Core.transpose(image, image);
                Core.flip(image, image, 0);
            }
            default -> {
                // 1: stored upright
            }
        }
    }
}
