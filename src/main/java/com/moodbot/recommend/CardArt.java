package com.moodbot.recommend;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * The bot's own card pictures: one per category and mood, 764x400 (Messenger's 1.91:1 generic
 * template), the mood's colour behind the category's icon. Drawn with Java2D on first use and kept.
 */
public final class CardArt {

    public static final int WIDTH = 764;
    public static final int HEIGHT = 400;
    private static final Map<Emotion, Color> MOOD_COLOURS = Map.of(
            Emotion.ANGRY, new Color(0xD64545), Emotion.DISGUST, new Color(0x6B8E23), Emotion.FEAR, new Color(0x6A5ACD),
            Emotion.HAPPY, new Color(0xE0A100), Emotion.SAD, new Color(0x3E7CB1), Emotion.SURPRISE, new Color(0xE0678F),
            Emotion.NEUTRAL, new Color(0x7D8A96));
    private final Map<String, byte[]> png = new ConcurrentHashMap<>();

    /** The picture's path under the service: {@code /cards/film/happy.png}, {@code /cards/es/film/happy.png}. */
    public static String path(Category category, Emotion mood, Language language) {
        return "/cards/" + (language == Language.EN ? "" : language.code() + "/") + category.label() + "/"
                + mood.label() + ".png";
    }

    /** The picture for {@link #path}, with its words (the heading and the line under it) in the picture's language. */
    public byte[] png(Category category, Emotion mood, Language language, String heading, String line) {
        return png.computeIfAbsent(language.code() + "/" + category.label() + "/" + mood.label(),
                k -> draw(category, mood, heading, line));
    }

    private static byte[] draw(Category category, Emotion mood, String heading, String line) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Color colour = MOOD_COLOURS.get(mood);
        g.setPaint(new GradientPaint(0, 0, colour.brighter(), WIDTH, HEIGHT, colour.darker()));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(255, 255, 255, 40));
        g.fill(new Ellipse2D.Double(WIDTH - 330, -120, 460, 460));
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        foreground(g, category, heading, line, new Color(0, 0, 0, 90), 3);
        foreground(g, category, heading, line, Color.WHITE, 0);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The icon and the words, in one colour, shifted by {@code offset} (a soft shadow first, then white). */
    private static void foreground(Graphics2D g, Category category, String heading, String line, Color colour,
                                   int offset) {
        g.setColor(colour);
        icon(g, category, 150 + offset, 200 + offset);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 46));
        g.drawString(heading, 300 + offset, 190 + offset);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 34);
        while (g.getFontMetrics(font).stringWidth(line) > WIDTH - 330) {
            font = font.deriveFont(font.getSize2D() - 1);
        }
        g.setFont(font);
        g.drawString(line, 300 + offset, 245 + offset);
    }

    /** A simple line icon centred on (x, y), about 160 px across. */
    private static void icon(Graphics2D g, Category category, int x, int y) {
        switch (category) {
            case FILM -> {
                g.draw(new RoundRectangle2D.Double(x - 80, y - 40, 160, 110, 16, 16));
                Path2D clapper = new Path2D.Double();
                clapper.moveTo(x - 80, y - 50);
                clapper.lineTo(x + 75, y - 85);
                g.draw(clapper);
                for (int i = -50; i <= 50; i += 50) {
                    g.drawLine(x + i - 10, y - 40, x + i + 10, y - 70);
                }
            }
            case SONG -> {
                g.fill(new Ellipse2D.Double(x - 80, y + 20, 56, 44));
                g.fill(new Ellipse2D.Double(x + 20, y + 4, 56, 44));
                g.drawLine(x - 30, y + 40, x - 30, y - 70);
                g.drawLine(x + 70, y + 24, x + 70, y - 86);
                g.drawLine(x - 30, y - 70, x + 70, y - 86);
            }
            case FOOD -> {
                Path2D bowl = new Path2D.Double();
                bowl.moveTo(x - 85, y);
                bowl.curveTo(x - 80, y + 90, x + 80, y + 90, x + 85, y);
                bowl.closePath();
                g.draw(bowl);
                g.drawLine(x - 30, y - 20, x - 50, y - 80);
                g.drawLine(x, y - 20, x + 10, y - 85);
            }
            case PLACE -> {
                Path2D pin = new Path2D.Double();
                pin.moveTo(x, y + 85);
                pin.curveTo(x - 110, y - 20, x - 60, y - 95, x, y - 95);
                pin.curveTo(x + 60, y - 95, x + 110, y - 20, x, y + 85);
                g.draw(pin);
                g.draw(new Ellipse2D.Double(x - 25, y - 55, 50, 50));
            }
        }
    }
}
