package com.moodbot.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photos that cost the most to decode for their size (issue #29): small files whose decoders hold
 * the whole picture. Drawn here on demand, never committed: smooth pictures, so that they compress
 * to a few hundred KiB.
 */
public final class DecodingBombs {

    /** A photo with what it stands for. */
    public record Bomb(String name, Supplier<byte[]> bytes) {
    }

    /** The side of the audit's bombs: 39.7 MP, under the 40 MP cap. */
    static final int AUDIT_SIDE = 6300;
    /** The side of the largest progressive or interlaced picture still decoded: 7.99 MP, under the 8 MP cap. */
    static final int ACCEPTED_SIDE = 2828;

    private DecodingBombs() {
    }

    public static List<Bomb> all() {
        return List.of(
                new Bomb("progressive JPEG 6300x6300", () -> jpeg(smooth(AUDIT_SIDE, BufferedImage.TYPE_3BYTE_BGR), true)),
                new Bomb("Adam7 RGBA PNG 6300x6300", () -> png(smooth(AUDIT_SIDE, BufferedImage.TYPE_4BYTE_ABGR), true)),
                new Bomb("baseline JPEG 6300x6300", () -> jpeg(smooth(AUDIT_SIDE, BufferedImage.TYPE_3BYTE_BGR), false)),
                new Bomb("progressive JPEG 2828x2828", () -> jpeg(smooth(ACCEPTED_SIDE, BufferedImage.TYPE_3BYTE_BGR), true)),
                new Bomb("Adam7 RGBA PNG 2828x2828", () -> png(smooth(ACCEPTED_SIDE, BufferedImage.TYPE_4BYTE_ABGR), true)));
    }

    public static BufferedImage smooth(int side, int type) {
        BufferedImage image = new BufferedImage(side, side, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x3E, 0x7C, 0xB1, 0xC0), side, side, new Color(0xF2, 0xB7, 0x05, 0xFF)));
        g.fillRect(0, 0, side, side);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image, boolean progressive) {
        return write(image, "jpeg", progressive);
    }

    public static byte[] png(BufferedImage image, boolean interlaced) {
        return write(image, "png", interlaced);
    }

    private static byte[] write(BufferedImage image, String format, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
