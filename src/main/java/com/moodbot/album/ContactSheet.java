package com.moodbot.album;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A self-contained HTML page of thumbnails (embedded, no external files) with their scores. */
public final class ContactSheet {

    private static final int THUMB = 220;

    private ContactSheet() {
    }

    public static void write(Path html, String emotion, List<ScoredPhoto> photos) throws IOException {
        StringBuilder sb = new StringBuilder("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Most " + escape(emotion) + " photos</title><style>body{font-family:system-ui,sans-serif;margin:1.5rem}"
                + "ol{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}li{width:" + THUMB + "px}"
                + "img{width:100%;border-radius:6px}figcaption{font-size:.85rem;word-break:break-all}</style>"
                + "<h1>Most " + escape(emotion) + " photos</h1><ol>");
        int rank = 1;
        for (ScoredPhoto p : photos) {
            sb.append("<li><figure><img alt=\"photo ").append(rank).append("\" src=\"data:image/jpeg;base64,")
                    .append(thumbnail(Path.of(p.file()))).append("\"><figcaption>").append(rank++).append(". ")
                    .append(String.format(Locale.ROOT, "%.1f%%", p.score() * 100)).append(" &middot; ")
                    .append(escape(p.file())).append("</figcaption></figure></li>");
        }
        Files.writeString(html, sb.append("</ol></html>\n"));
    }

    private static String thumbnail(Path file) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        if (img == null) {
            return "";
        }
        double scale = (double) THUMB / Math.max(img.getWidth(), img.getHeight());
        int w = Math.max(1, (int) (img.getWidth() * scale));
        int h = Math.max(1, (int) (img.getHeight() * scale));
        BufferedImage thumb = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = thumb.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(thumb, "jpg", out);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
