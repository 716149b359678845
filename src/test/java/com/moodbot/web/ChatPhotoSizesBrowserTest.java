package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.ChatPage;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.StallingProxy;
import com.moodbot.support.TestFiles;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Phone-sized photos on the chat page (English): the browser shrinks them before upload, so a
 * 48 MP JPEG and a 13 MB PNG (both over the server's 8 MiB photo cap as they are) end in the bot's answer
 * (how fast is for a benchmark); a HEIC the browser cannot open, a server error (502), a server that stops answering
 * and one that is gone each end in a reply too.
 */
class ChatPhotoSizesBrowserTest {

    /** What the page says by itself when the server gave no answer of its own. */
    static final List<String> PAGE_OWN = List.of("Sorry, something went wrong", "That photo is too big",
            "This is taking too long", "I couldn't reach the server", "You're sending photos");
    @RegisterExtension
    static final ChatPage page = ChatPage.of("en-US", "900,1300", () -> TestServers.merged(
            ChatPage.model(TestModels.shippedOrRandom(8)), TestServers.NEVER_ASK));

    @BeforeEach
    void freshPage() {
        page.open("/");
        countUploads();
    }

    /** Wraps fetch to note the size of each photo the page sends, before it goes. */
    private static void countUploads() {
        ((JavascriptExecutor) page.browser()).executeScript("window.uploads = []; const f = window.fetch;"
                + "window.fetch = (u, i) => { if (i && i.body instanceof FormData) window.uploads.push(i.body.get('image').size);"
                + " return f(u, i); };");
    }

    @SuppressWarnings("unchecked")
    private static List<Long> uploads() {
        return (List<Long>) ((JavascriptExecutor) page.browser()).executeScript("return window.uploads;");
    }

    /** Mild noise everywhere, as a sensor leaves: the photo stays readable but compresses like a real one. */
    private static BufferedImage noisy(BufferedImage img, int amplitude) {
        byte[] pixels = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        Random random = new Random(7);
        for (int i = 0; i < pixels.length; i++) {
            int v = (pixels[i] & 0xff) + random.nextInt(2 * amplitude + 1) - amplitude;
            pixels[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return img;
    }

    @Test
    void a48MegapixelJpegIsShrunkBeforeItIsSentAndAnswered() throws Exception {
        Required.fer2013("for the face on the photo");
        BufferedImage big = noisy(Photos.canvas(8000, 6000, List.of(Photos.detectableFaces().get(0)),
                new int[][] {{3000, 1800, 2000}}), 40);
        Path photo = TestFiles.file("phone", ".jpg");
        Files.write(photo, Photos.jpeg(big));
        assertTrue(Files.size(photo) > 10L * 1024 * 1024, "over the server's cap as it is: " + Files.size(photo));

        // how long the browser takes to shrink it is a matter for a benchmark, not for a shared 2-core machine
        page.sendAndWaitForReply(photo, 60);
        assertEquals(1, page.browser().findElements(By.cssSelector(".card")).size(), "the bot's card: " + page.bubbles());
        assertEquals(1, uploads().size());
        assertTrue(uploads().get(0) < 3L * 1024 * 1024, "sent shrunk: " + uploads().get(0) + " bytes");
        assertEquals(1, page.browser().findElements(By.cssSelector(".facebox")).size(), "the face boxed on the photo");
    }

    @Test
    void aSidewaysPhoneJpegIsTurnedUprightByItsExifTagWhenShrunk() throws Exception {
        Required.fer2013("for the face on the photo");
        BufferedImage upright = Photos.canvas(3200, 2400, List.of(Photos.detectableFaces().get(0)),
                new int[][] {{1200, 700, 900}});
        // stored as a phone stores a portrait: pixels turned 90 degrees anticlockwise, EXIF orientation 6 to undo it
        BufferedImage stored = new BufferedImage(upright.getHeight(), upright.getWidth(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < upright.getHeight(); y++) {
            for (int x = 0; x < upright.getWidth(); x++) {
                stored.setRGB(y, upright.getWidth() - 1 - x, upright.getRGB(x, y));
            }
        }
        Path photo = TestFiles.file("portrait", ".jpg");
        Files.write(photo, Photos.withOrientation(Photos.jpeg(stored), 6));

        page.sendAndWaitForReply(photo, 60); // a 7.7 MP shrink and, with no warm-up, maybe the model's first run
        assertEquals(1, uploads().size());
        assertEquals(1, page.browser().findElements(By.cssSelector(".card")).size(),
                "the face read upright after shrinking (which drops the EXIF tag): " + page.bubbles());
    }

    @Test
    void aThirteenMegabytePngIsShrunkAndAnswered() throws Exception {
        BufferedImage noise = new BufferedImage(2200, 2000, BufferedImage.TYPE_3BYTE_BGR);
        new Random(5).nextBytes(((DataBufferByte) noise.getRaster().getDataBuffer()).getData());
        Path photo = TestFiles.file("screenshot", ".png");
        Files.write(photo, Photos.encode(noise, "png"));
        assertTrue(Files.size(photo) > 13L * 1000 * 1000, "13 MB: " + Files.size(photo));

        page.sendAndWaitForReply(photo, 60);
        assertEquals(1, uploads().size());
        assertTrue(PAGE_OWN.stream().noneMatch(page.lastBubble()::startsWith), "the bot's own answer, not the page's: " + page.lastBubble());
    }

    @Test
    void aHeicIsNamedAndNotSentAndAnotherFileTheBrowserCannotOpenShowsNoBrokenImage() throws Exception {
        Path heic = TestFiles.file("IMG_0001", ".heic");
        Files.write(heic, "\0\0\0\u0018ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1));
        page.sendAndWaitForReply(heic, 10);
        assertTrue(page.lastBubble().startsWith("I can't open HEIC photos in this browser."), page.lastBubble());
        assertEquals(List.of(), uploads(), "nothing sent");
        assertTrue(page.browser().findElements(By.cssSelector(".msg.me img")).isEmpty(), "no broken image");

        Path junk = TestFiles.file("notes", ".jpg");
        Files.writeString(junk, "not a photo at all");
        page.sendAndWaitForReply(junk, 30);
        assertEquals(1, uploads().size(), "what the browser cannot open goes to the server, which says why");
        assertTrue(PAGE_OWN.stream().noneMatch(page.lastBubble()::startsWith), "the bot's own answer: " + page.lastBubble());
        assertTrue(page.browser().findElements(By.cssSelector(".msg.me img")).isEmpty(), "its name, not a broken image");
    }

    @Test
    void aServerThatStopsAnsweringThenOneThatIsGoneEachEndInAReply() throws Exception {
        Path photo = TestFiles.file("selfie", ".jpg");
        Files.write(photo, Photos.jpeg(new BufferedImage(320, 240, BufferedImage.TYPE_3BYTE_BGR)));
        try (StallingProxy proxy = new StallingProxy(page.server().getPort())) {
            page.browser().get("http://127.0.0.1:" + proxy.port() + "/");
            countUploads();
            // long enough that the page is still waiting when it is looked at below
            ((JavascriptExecutor) page.browser()).executeScript("sessionStorage.setItem('moodbot-timeout-ms', '8000');");
            proxy.stall();
            page.send(photo);
            assertEquals(true, ((JavascriptExecutor) page.browser()).executeScript("return document.getElementById('photo')"
                    + ".disabled && document.querySelector('label[for=photo]').getAttribute('aria-disabled') === 'true';"),
                    "no second photo while one is read");
            page.waitUpTo(30).until(d -> d.findElement(By.id("status")).getText().isEmpty());
            assertEquals("This is taking too long. Please try again in a moment.", page.lastBubble());
            assertTrue(page.browser().findElement(By.id("photo")).isEnabled(), "ready for the next photo");
            proxy.close();
            page.sendAndWaitForReply(photo, 10);
            assertEquals("I couldn't reach the server. Please try again in a moment.", page.lastBubble());
        }
    }

    /** A stand-in in front of the service: the page and its files come through, every photo gets {@code status}. */
    private static HttpServer failingFront(int status) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpServer front = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        front.createContext("/", exchange -> {
            try (exchange) {
                if (exchange.getRequestMethod().equals("POST")) {
                    exchange.getRequestBody().readAllBytes();
                    byte[] page = "<html><body>Bad gateway</body></html>".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "text/html");
                    exchange.sendResponseHeaders(status, page.length);
                    exchange.getResponseBody().write(page);
                    return;
                }
                HttpResponse<byte[]> real = http.send(HttpRequest.newBuilder(URI.create(page.server().getURL().toString()
                        + exchange.getRequestURI())).build(), HttpResponse.BodyHandlers.ofByteArray());
                real.headers().firstValue("Content-Type").ifPresent(t -> exchange.getResponseHeaders().add("Content-Type", t));
                exchange.sendResponseHeaders(real.statusCode(), real.body().length == 0 ? -1 : real.body().length);
                exchange.getResponseBody().write(real.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        front.start();
        return front;
    }

    @Test
    void aServerErrorEndsInAReply() throws Exception {
        HttpServer front = failingFront(502);
        try {
            page.browser().get("http://127.0.0.1:" + front.getAddress().getPort() + "/");
            Path photo = TestFiles.file("selfie", ".jpg");
            Files.write(photo, Photos.jpeg(new BufferedImage(320, 240, BufferedImage.TYPE_3BYTE_BGR)));
            page.sendAndWaitForReply(photo, 10);
            assertEquals("Sorry, something went wrong. Please try again.", page.lastBubble());
        } finally {
            front.stop(0);
        }
    }
}
