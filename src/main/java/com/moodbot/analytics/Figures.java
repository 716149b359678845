package com.moodbot.analytics;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What happened in a span of hours: every channel together, and the web page's and Instagram's
 * shares where they are counted apart (Messenger's is the rest). "Not my mood" picks: {@code
 * appCorrections} are Messenger's and Instagram's together ({@code wrong}), Instagram's also apart.
 */
record Figures(long photos, long faces, long noFace, long shown, long taps, long appCorrections,
               long webPhotos, long webFaces, long webShown, long webCorrections,
               long instagramPhotos, long instagramFaces, long instagramShown, long instagramCorrections,
               long webTaps, long instagramTaps) {

    static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    private static final Pattern SPLIT = Pattern.compile(Pattern.quote(Usage.SEP));

    /** The figures of hours {@code from} to {@code to}, both included. */
    static Figures of(Map<Long, Map<String, Long>> counts, long from, long to) {
        Figures sum = NONE;
        for (long hour = from; hour <= to; hour++) {
            Map<String, Long> fields = counts.get(hour);
            if (fields != null) {
                sum = sum.plus(of(fields));
            }
        }
        return sum;
    }

    /** One hour's fields. */
    static Figures of(Map<String, Long> fields) {
        long[] f = new long[16];
        fields.forEach((field, n) -> {
            String[] p = SPLIT.split(field, 3);
            String what = p.length > 1 ? p[1] : "";
            long face = what.equals("face") ? n : 0;
            switch (p[0]) {
                case "photo" -> {
                    f[0] += n;
                    f[1] += face;
                    f[2] += what.equals("no_face") || what.equals("too_small") ? n : 0;
                }
                case "shown" -> f[3] += n;
                case "tap" -> f[4] += n;
                case "wrong" -> f[5] += n;
                case "photo_web" -> {
                    f[6] += n;
                    f[7] += face;
                }
                case "shown_web" -> f[8] += n;
                case "wrong_web" -> f[9] += n;
                case "photo_instagram" -> {
                    f[10] += n;
                    f[11] += face;
                }
                case "shown_instagram" -> f[12] += n;
                case "wrong_instagram" -> f[13] += n;
                case "tap_web" -> f[14] += n;
                case "tap_instagram" -> f[15] += n;
                default -> { }
            }
        });
        return new Figures(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12], f[13], f[14], f[15]);
    }

    Figures plus(Figures o) {
        return new Figures(photos + o.photos, faces + o.faces, noFace + o.noFace, shown + o.shown, taps + o.taps,
                appCorrections + o.appCorrections, webPhotos + o.webPhotos, webFaces + o.webFaces,
                webShown + o.webShown, webCorrections + o.webCorrections, instagramPhotos + o.instagramPhotos,
                instagramFaces + o.instagramFaces, instagramShown + o.instagramShown,
                instagramCorrections + o.instagramCorrections, webTaps + o.webTaps, instagramTaps + o.instagramTaps);
    }

    long unreadable() {
        return photos - faces - noFace;
    }

    long corrections() {
        return appCorrections + webCorrections;
    }

    ChannelFigures messenger() {
        return ChannelFigures.of("messenger", photos - webPhotos - instagramPhotos, faces - webFaces - instagramFaces,
                shown - webShown - instagramShown, taps - webTaps - instagramTaps, appCorrections - instagramCorrections);
    }

    ChannelFigures web() {
        return ChannelFigures.of("web", webPhotos, webFaces, webShown, webTaps, webCorrections);
    }

    ChannelFigures instagram() {
        return ChannelFigures.of("instagram", instagramPhotos, instagramFaces, instagramShown, instagramTaps,
                instagramCorrections);
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
