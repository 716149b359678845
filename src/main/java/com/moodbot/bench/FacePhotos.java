package com.moodbot.bench;

import com.moodbot.data.LabeledFace;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/** Photos for benches and tests: FER2013 faces scaled up and pasted into a larger canvas. */
public final class FacePhotos {

    /** The plain background the tests and {@code bench framing} use. */
    public static final Color PLAIN = new Color(200, 190, 180);

    private FacePhotos() {
    }

    public static BufferedImage grey(LabeledFace face) {
        BufferedImage img = new BufferedImage(LabeledFace.SIDE, LabeledFace.SIDE, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setDataElements(0, 0, LabeledFace.SIDE, LabeledFace.SIDE, face.pixels());
        return img;
    }

    /** A BGR canvas with each face drawn (bicubic) at {@code xySide[i] = {x, y, side}}. */
    public static BufferedImage canvas(int width, int height, Paint background, List<LabeledFace> faces, int[][] xySide) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setPaint(background);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        for (int i = 0; i < faces.size(); i++) {
            g.drawImage(grey(faces.get(i)), xySide[i][0], xySide[i][1], xySide[i][2], xySide[i][2], null);
        }
        g.dispose();
        return img;
    }

    public static byte[] encode(BufferedImage img, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] jpeg(BufferedImage img) {
        return encode(img, "jpg");
    }
}
