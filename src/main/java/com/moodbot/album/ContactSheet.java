package com.moodbot.album;

import com.moodbot.vision.ImageDecoder;
import com.moodbot.vision.ImageLimits;
import com.moodbot.vision.ImageRejectedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/** A self-contained HTML page of thumbnails (embedded, no external files) with their scores. */
public final class ContactSheet {

    private static final int THUMB = 220;
    private static final ImageDecoder DECODER = new ImageDecoder(ImageLimits.DEFAULT);

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

    /**
     * The same decoder as the pipeline: EXIF orientation applied, so the thumbnail shows the photo
     * the way it was scored, and the same caps, so no file can decode into unbounded memory.
     */
    static String thumbnail(Path file) throws IOException {
        Mat img;
        try {
            img = DECODER.decode(Files.readAllBytes(file));
        } catch (ImageRejectedException e) {
            return "";
        }
        Mat thumb = new Mat();
        MatOfByte jpeg = new MatOfByte();
        try {
            double scale = Math.min(1.0, (double) THUMB / Math.max(img.cols(), img.rows()));
            Size size = new Size(Math.max(1, Math.round(img.cols() * scale)), Math.max(1, Math.round(img.rows() * scale)));
            Imgproc.resize(img, thumb, size, 0, 0, Imgproc.INTER_AREA);
            Imgcodecs.imencode(".jpg", thumb, jpeg);
            return Base64.getEncoder().encodeToString(jpeg.toArray());
        } finally {
            img.release();
            thumb.release();
            jpeg.release();
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
