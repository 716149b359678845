package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.FakeImageHost;
import com.moodbot.support.Photos;
import com.moodbot.support.TestServers;
import com.sun.net.httpserver.HttpHandler;
import io.micronaut.runtime.server.EmbeddedServer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad photo a person or a broken host can produce, sent through the real webhook:
 * each one gets exactly one short, kind reply after mark_seen and typing_on, and the service stays up.
 */
class BadImageCorpusTest {

    static final String SECRET = "corpus-secret";
    static final Set<String> KIND_REPLIES = Set.of(
            "That photo seems to be damaged, so I couldn't open it. Could you send it again?",
            "That photo is too big for me to handle. Could you send a smaller one?",
            "I couldn't open that as a photo: it may be damaged, or of a kind I can't read (I read JPEG, PNG, GIF, "
                    + "WebP and BMP). Could you try another?",
            "I couldn't download that photo. Could you send it again?",
            "I couldn't find a face in that photo. Try a selfie facing the camera, in good light, with your whole face in the frame.",
            "I can see someone, but the face is too small for me to read. Try a closer selfie with your face filling more of the picture.");
    static FakeGraphApi graph;
    static FakeImageHost host;
    static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        graph = new FakeGraphApi();
        host = new FakeImageHost();
        server = TestServers.messenger(SECRET, graph, 2, Map.of(
                "moodbot.fetch.allowed-hosts", "127.0.0.1",
                "moodbot.fetch.allow-http", true,
                "moodbot.fetch.allow-private-addresses", true,
                "moodbot.fetch.read-timeout", "1500ms"));
    }

    @AfterAll
    static void stop() {
        server.getApplicationContext().close();
        graph.close();
        host.close();
    }

    static byte[] png(BufferedImage img) {
        return Photos.encode(img, "png");
    }

    static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }

    static byte[] animatedGif() throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < 3; i++) {
                BufferedImage frame = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
                frame.setRGB(i, i, 0xFFFFFF);
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
                writer.writeToSequence(new IIOImage(frame, null, meta), null);
            }
            writer.endWriteSequence();
        }
        return out.toByteArray();
    }

    static byte[] cmykJpeg() throws Exception {
        WritableRaster raster = Raster.createInterleavedRaster(
                DataBuffer.TYPE_BYTE, 64, 48, 4, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> servedCases() throws Exception {
        byte[] jpeg = Photos.jpeg(new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR));
        Random random = new Random(7);
        byte[] noise = new byte[5000];
        random.nextBytes(noise);
        byte[] huge = new byte[9 << 20];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        byte[] bmp = new byte[54];
        ByteBuffer.wrap(bmp).order(ByteOrder.LITTLE_ENDIAN).put((byte) 'B').put((byte) 'M').putInt(54).putInt(0)
                .putInt(54).putInt(40).putInt(90000).putInt(90000).putShort((short) 1).putShort((short) 24);
        BufferedImage grey16 = new BufferedImage(80, 60, BufferedImage.TYPE_USHORT_GRAY);
        BufferedImage indexed = new BufferedImage(80, 60, BufferedImage.TYPE_BYTE_INDEXED);
        BufferedImage transparent = new BufferedImage(80, 60, BufferedImage.TYPE_INT_ARGB);
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("zero-bytes", new byte[0]);
        cases.put("truncated-jpeg", Arrays.copyOf(jpeg, jpeg.length / 2));
        cases.put("jpeg-header-only", Arrays.copyOf(jpeg, 20));
        cases.put("html-as-jpeg", "<!doctype html><html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8));
        cases.put("png-claims-100000x100000", pngHeader(100_000, 100_000));
        cases.put("png-truncated-after-ihdr", pngHeader(640, 480));
        cases.put("animated-gif", animatedGif());
        cases.put("gif-header-only", "GIF89a".getBytes(StandardCharsets.US_ASCII));
        cases.put("cmyk-jpeg", cmykJpeg());
        cases.put("png-16-bit", png(grey16));
        cases.put("png-palette", png(indexed));
        cases.put("png-transparent", png(transparent));
        cases.put("png-1x1", png(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)));
        cases.put("png-1x10000", png(new BufferedImage(1, 10000, BufferedImage.TYPE_BYTE_GRAY)));
        cases.put("jpeg-black-no-face", jpeg);
        cases.put("jpeg-grey", Photos.jpeg(new BufferedImage(320, 240, BufferedImage.TYPE_BYTE_GRAY)));
        cases.put("heic", "\0\0\0\u0018ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1));
        cases.put("avif", "\0\0\0\u001cftypavif\0\0\0\0avifmif1".getBytes(StandardCharsets.ISO_8859_1));
        cases.put("svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"99999\" height=\"99999\"/>".getBytes(StandardCharsets.UTF_8));
        cases.put("tiff", new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 0, 0});
        cases.put("webp-garbage", "RIFF\u0010\0\0\0WEBPVP8 garbage!".getBytes(StandardCharsets.ISO_8859_1));
        cases.put("bmp-claims-90000x90000", bmp);
        cases.put("pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        cases.put("zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        cases.put("json", "{\"error\":\"not an image\"}".getBytes(StandardCharsets.UTF_8));
        cases.put("random-bytes", noise);
        cases.put("over-the-byte-cap", huge);
        return cases;
    }

    static Map<String, String> hostileHosts() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("404", host.url("/missing.jpg"));
        HttpHandler fail = ex -> {
            ex.sendResponseHeaders(500, -1);
            ex.close();
        };
        urls.put("500", host.handle("/error.jpg", fail));
        urls.put("never-answers", host.handle("/stall.jpg", ex -> sleep(60_000)));
        urls.put("never-finishes-body", host.handle("/trickle.jpg", ex -> {
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            ex.getResponseBody().flush();
            sleep(60_000);
        }));
        urls.put("content-length-over-cap", host.handle("/big.jpg", ex -> {
            ex.sendResponseHeaders(200, 50L << 20);
            ex.close();
        }));
        urls.put("redirect-off-the-list", host.handle("/away.jpg", ex -> {
            ex.getResponseHeaders().add("Location", "http://localhost:9/evil.jpg");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        }));
        urls.put("redirect-loop", host.handle("/loop.jpg", ex -> {
            ex.getResponseHeaders().add("Location", "/loop.jpg");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        }));
        urls.put("host-off-the-list", "http://localhost:1/photo.jpg");
        urls.put("ftp-scheme", "ftp://127.0.0.1/photo.jpg");
        urls.put("malformed-url", "http://127.0.0.1:99999999/%%%");
        return urls;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyBadPhotoGetsOneKindReplyAndTheServiceStaysUp() throws Exception {
        Map<String, String> urls = new LinkedHashMap<>();
        servedCases().forEach((name, bytes) -> urls.put(name, host.put("/" + name, bytes)));
        urls.putAll(hostileHosts());
        assertTrue(urls.size() >= 30, urls.size() + " cases");

        HttpClient http = HttpClient.newHttpClient();
        SignatureVerifier signer = new SignatureVerifier(SECRET);
        int n = 0;
        Map<String, String> psidOf = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : urls.entrySet()) {
            String psid = "corpus" + n++;
            psidOf.put(c.getKey(), psid);
            byte[] body = Fixtures.webhook("image.json", Map.of("IMAGE_URL", c.getValue(), "MID", "m_" + psid))
                    .clone();
            body = new String(body, StandardCharsets.UTF_8).replace("\"1111\"", "\"" + psid + "\"").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                    .header("X-Hub-Signature-256", signer.header(body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), c.getKey());
        }
        assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(60, TimeUnit.SECONDS));
        for (Map.Entry<String, String> c : psidOf.entrySet()) {
            List<FakeGraphApi.Call> calls = graph.callsTo(c.getValue());
            assertEquals(List.of("mark_seen", "typing_on", "text"), calls.stream().map(FakeGraphApi.Call::kind).toList(), c.getKey());
            assertTrue(KIND_REPLIES.contains(calls.get(2).text()), c.getKey() + ": " + calls.get(2).text());
        }
        HttpResponse<String> alive = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook?hub.mode=subscribe"
                + "&hub.verify_token=v&hub.challenge=ok")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("ok", alive.body());
    }
}
