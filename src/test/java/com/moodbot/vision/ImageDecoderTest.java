package com.moodbot.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.DecodingBombs;
import com.moodbot.support.Photos;
import com.moodbot.vision.ImageRejectedException.Reason;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.time.Duration;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencv.core.Mat;

class ImageDecoderTest {

    private final ImageDecoder decoder = new ImageDecoder(new ImageLimits(1 << 20, 4_000_000));

    private static BufferedImage picture() {
        BufferedImage img = new BufferedImage(64, 40, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 64; x++) {
                img.setRGB(x, y, (x * 4) << 16 | (y * 6) << 8 | 128);
            }
        }
        return img;
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpg", "png", "gif", "bmp"})
    void decodesCommonFormatsToBgr(String format) throws Exception {
        Mat mat = decoder.decode(Photos.encode(picture(), format));
        assertEquals(64, mat.cols());
        assertEquals(40, mat.rows());
        assertEquals(3, mat.channels());
        mat.release();
    }

    @Test
    void decodesSixteenBitAndAlphaPngAndProgressiveJpeg() throws Exception {
        BufferedImage grey16 = new BufferedImage(50, 30, BufferedImage.TYPE_USHORT_GRAY);
        grey16.getRaster().setSample(10, 10, 0, 65535);
        BufferedImage alpha = new BufferedImage(50, 30, BufferedImage.TYPE_4BYTE_ABGR);
        alpha.setRGB(5, 5, 0x80FF0000);
        for (byte[] bytes : new byte[][] {Photos.encode(grey16, "png"), Photos.encode(alpha, "png"), progressiveJpeg(picture())}) {
            Mat mat = decoder.decode(bytes);
            assertEquals(3, mat.channels());
            assertEquals(0, mat.depth(), "8-bit");
            mat.release();
        }
    }

    private static byte[] progressiveJpeg(BufferedImage img) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, null), param);
        }
        writer.dispose();
        return out.toByteArray();
    }

    @Test
    void aVeryLargePhotoIsDecodedSubsampledSoMemoryPerPhotoStaysBounded() throws Exception {
        BufferedImage big = new BufferedImage(4400, 3300, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = big.createGraphics();
        g.drawImage(picture(), 0, 0, 4400, 3300, null);
        g.dispose();
        Mat mat = new ImageDecoder(ImageLimits.DEFAULT).decode(Photos.encode(big, "jpg"));
        assertEquals(2200, mat.cols(), "14.5 MP read at half size");
        assertEquals(1650, mat.rows());
        assertTrue((long) mat.cols() * mat.rows() <= ImageDecoder.DECODED_PIXELS);
        mat.release();
    }

    /** Decoding is all in memory: ImageIO's disk cache is off, so no file appears in java.io.tmpdir. */
    @Test
    void decodingWritesNothingToTheTemporaryFolder() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> created = new ArrayList<>();
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            tmp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            for (String format : new String[] {"jpg", "png", "gif", "bmp"}) {
                BufferedImage big = new BufferedImage(1000, 900, BufferedImage.TYPE_3BYTE_BGR);
                Graphics2D g = big.createGraphics();
                g.drawImage(picture(), 0, 0, 1000, 900, null);
                g.dispose();
                new ImageDecoder(ImageLimits.DEFAULT).decode(Photos.encode(big, format)).release();
            }
            WatchKey key = watch.poll(200, TimeUnit.MILLISECONDS);
            if (key != null) {
                key.pollEvents().forEach(e -> created.add(e.context().toString()));
            }
        }
        assertFalse(ImageIO.getUseCache(), "ImageIO's cache is off");
        assertEquals(List.of(), created.stream().filter(name -> name.startsWith("imageio")).toList(),
                "ImageIO cache files created while decoding");
    }

    @Test
    void emptyAndOversizedBytesAreRejected() {
        assertEquals(Reason.EMPTY, assertThrows(ImageRejectedException.class, () -> decoder.decode(new byte[0])).reason());
        byte[] big = new byte[(1 << 20) + 1];
        big[0] = (byte) 0xFF;
        assertEquals(Reason.TOO_LARGE, assertThrows(ImageRejectedException.class, () -> decoder.decode(big)).reason());
    }

    @Test
    void htmlSvgAndHeicAreUnsupported() {
        for (String text : new String[] {"<html><body>not an image</body></html>", "<svg xmlns='http://www.w3.org/2000/svg'/>"}) {
            assertEquals(Reason.UNSUPPORTED_FORMAT, assertThrows(ImageRejectedException.class,
                    () -> decoder.decode(text.getBytes(StandardCharsets.UTF_8))).reason());
        }
        byte[] heic = new byte[64];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> decoder.decode(heic));
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
        assertEquals("HEIC is not supported", e.getMessage());
    }

    @Test
    void pngHeaderClaimingHugeDimensionsIsRejectedBeforeDecoding() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        png.write(ByteBuffer.allocate(4).putInt(13).array());
        png.write(ihdr);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> decoder.decode(png.toByteArray()));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void aWebpHeaderClaimingNoPixelsIsDamagedNotTooLarge() {
        ByteBuffer vp8 = ByteBuffer.allocate(30).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        vp8.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))
                .putInt(10).put(new byte[] {0, 0, 0, (byte) 0x9d, 0x01, 0x2a}).putShort((short) 0).putShort((short) 0);
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> decoder.decode(vp8.array()));
        assertEquals(Reason.CORRUPT, e.reason(), e.getMessage());
    }

    @Test
    void progressiveJpegsAndInterlacedPngsOverTheDecodedPixelCapAreRefusedBeforeDecoding() throws Exception {
        ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT); // 40 MP
        ImageRejectedException progressive = assertThrows(ImageRejectedException.class,
                () -> decoder.decode(sized(progressiveJpeg(picture()), 6300, 6300)));
        assertEquals(Reason.TOO_LARGE, progressive.reason(), progressive.getMessage());
        assertTrue(progressive.getMessage().contains("progressive"), progressive.getMessage());
        ImageRejectedException interlaced = assertThrows(ImageRejectedException.class,
                () -> decoder.decode(pngHeader(6300, 6300, 1)));
        assertEquals(Reason.TOO_LARGE, interlaced.reason(), interlaced.getMessage());

        assertNotRefusedForSize(decoder, sized(Photos.encode(picture(), "jpg"), 6300, 6300)); // decoded subsampled
        assertNotRefusedForSize(decoder, pngHeader(6300, 6300, 0));
        Mat small = decoder.decode(progressiveJpeg(picture()));
        assertEquals(3, small.channels(), "a progressive JPEG under the cap is read");
        small.release();
    }

    /** A lossless (VP8L) WebP's header: the signature byte, then width - 1 and height - 1 in 14 bits each. */
    private static byte[] losslessWebpHeader(int width, int height) {
        ByteBuffer vp8l = ByteBuffer.allocate(30).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        vp8l.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII))
                .putInt(10).put((byte) 0x2f).putInt((width - 1) | (height - 1) << 14);
        return vp8l.array();
    }

    /** The clock reads 0 as the decode starts and a minute later at every look after that. */
    private static LongSupplier clockPastTheDeadlineOnceStarted(AtomicInteger looks) {
        return () -> looks.getAndIncrement() == 0 ? 0 : TimeUnit.SECONDS.toNanos(60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"baseline jpg", "progressive jpg", "interlaced png"})
    void aDecodeThatRunsPastItsDeadlineIsStoppedAndRefusedAsUnreadable(String kind) throws Exception {
        BufferedImage big = DecodingBombs.smooth(2000, kind.endsWith("png") ? BufferedImage.TYPE_4BYTE_ABGR
                : BufferedImage.TYPE_3BYTE_BGR);
        byte[] photo = kind.endsWith("png") ? DecodingBombs.png(big, true) : DecodingBombs.jpeg(big, kind.startsWith("progressive"));
        ImageLimits limits = new ImageLimits(8 << 20, 40_000_000, Duration.ofSeconds(5));
        AtomicInteger looks = new AtomicInteger();
        ImageDecoder slow = new ImageDecoder(limits, clockPastTheDeadlineOnceStarted(looks));
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> slow.decode(photo));
        assertEquals(Reason.CORRUPT, e.reason(), "the kind \"could not open it\" reply");
        assertTrue(e.getMessage().contains("took longer than its deadline of 5000 ms"), e.getMessage());
        assertTrue(looks.get() <= 6, "the reader stopped at its first progress report after the deadline, not "
                + (looks.get() - 1) + " reports later");

        new ImageDecoder(limits, () -> 0).decode(photo).release(); // on time, the same photo is read
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpg", "png", "gif", "bmp"})
    void aDeadlineOfOneNanosecondRefusesEveryFormat(String format) throws Exception {
        ImageDecoder hurried = new ImageDecoder(new ImageLimits(8 << 20, 40_000_000, Duration.ofNanos(1)));
        ImageRejectedException e = assertThrows(ImageRejectedException.class,
                () -> hurried.decode(Photos.encode(picture(), format)));
        assertEquals(Reason.CORRUPT, e.reason(), e.getMessage());
    }

    @Test
    void progressiveAndInterlacedPicturesAreHeldWholeSoTheirCapIs8Megapixels() throws Exception {
        ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);
        ImageRejectedException progressive = assertThrows(ImageRejectedException.class,
                () -> decoder.decode(sized(progressiveJpeg(picture()), 3000, 3000)));
        assertEquals(Reason.TOO_LARGE, progressive.reason(), "9 MP progressive: " + progressive.getMessage());
        ImageRejectedException interlaced = assertThrows(ImageRejectedException.class,
                () -> decoder.decode(pngHeader(3000, 3000, 1)));
        assertEquals(Reason.TOO_LARGE, interlaced.reason(), "9 MP interlaced: " + interlaced.getMessage());
        ImageRejectedException lossless = assertThrows(ImageRejectedException.class,
                () -> decoder.decode(losslessWebpHeader(3000, 3000)));
        assertEquals(Reason.TOO_LARGE, lossless.reason(), "9 MP lossless WebP: " + lossless.getMessage());
        assertTrue(lossless.getMessage().contains("held whole"), lossless.getMessage());
        assertNotRefusedForSize(decoder, sized(progressiveJpeg(picture()), 2828, 2828)); // 7.99 MP
    }

    /** Under the 40 MP cap and neither progressive nor interlaced: decoded (subsampled), or corrupt, never too large. */
    private static void assertNotRefusedForSize(ImageDecoder decoder, byte[] bytes) {
        try {
            decoder.decode(bytes).release();
        } catch (ImageRejectedException e) {
            assertEquals(Reason.CORRUPT, e.reason(), e.getMessage());
        }
    }

    /** The JPEG with its frame header (SOF0 or SOF2) claiming another size. */
    private static byte[] sized(byte[] jpeg, int width, int height) {
        byte[] b = jpeg.clone();
        for (int i = 2; i + 9 < b.length; ) {
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xC0 || marker == 0xC2) {
                ByteBuffer.wrap(b, i + 5, 4).putShort((short) height).putShort((short) width);
                return b;
            }
            i += 2 + (((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF));
        }
        throw new IllegalArgumentException("no frame header");
    }

    /** A PNG signature and IHDR (8-bit RGB) with nothing after it. */
    private static byte[] pngHeader(int width, int height, int interlace) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width)
                .putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) interlace).array();
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        png.write(ByteBuffer.allocate(4).putInt(13).array());
        png.write(ihdr);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return png.toByteArray();
    }

    @Test
    void garbageAfterAJpegMarkerIsCorrupt() {
        byte[] junk = new byte[500];
        Arrays.fill(junk, (byte) 7);
        junk[0] = (byte) 0xFF;
        junk[1] = (byte) 0xD8;
        junk[2] = (byte) 0xFF;
        assertEquals(Reason.CORRUPT, assertThrows(ImageRejectedException.class, () -> decoder.decode(junk)).reason());
    }
}
