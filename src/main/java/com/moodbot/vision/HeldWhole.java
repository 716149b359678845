package com.moodbot.vision;

/**
 * Images a decoder must hold whole, at full resolution, while it decodes them, however much it
 * subsamples the result: a progressive JPEG (every coefficient, about 3 bytes a pixel, kept for the
 * later scans), an interlaced (Adam7) PNG, and a WebP that is not plain lossy VP8 (the lossless VP8L
 * decoder fills a full-size 4-byte raster, and an extended VP8X file may hold VP8L data or alpha).
 * Read from the header bytes alone.
 */
final class HeldWhole {

    private HeldWhole() {
    }

    /** @return "progressive", "interlaced" or "lossless or extended" when the image is one of those, else null */
    static String kind(byte[] bytes, ImageFormat format) {
        if (format == ImageFormat.JPEG && progressiveJpeg(bytes)) {
            return "progressive";
        }
        if (format == ImageFormat.PNG && bytes.length > 28 && bytes[28] == 1) { // IHDR's interlace method
            return "interlaced";
        }
        if (format == ImageFormat.WEBP && !ImageFormat.startsWith(bytes, 12, 'V', 'P', '8', ' ')) {
            return "lossless or extended";
        }
        return null;
    }

    /** Walks the markers up to the first frame header: SOF2, SOF6, SOF10 and SOF14 are progressive. */
    private static boolean progressiveJpeg(byte[] b) {
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return false;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE) {
                return true;
            }
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return false; // another frame header: sequential
            }
            if (marker == 0xDA || marker == 0xD9) {
                return false; // scan data or the end before any frame header
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                i += 2;
                continue;
            }
            i += 2 + (((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF));
        }
        return false;
    }
}
