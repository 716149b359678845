package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.moodbot.bench.PhotoUpload;
import com.moodbot.conversation.PhotoReplies;
import com.moodbot.support.CapturedLog;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.MagicReaderSpi;
import com.moodbot.support.SquareImageReader;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOException;
import javax.imageio.ImageReadParam;
import javax.imageio.spi.ImageReaderSpi;
import org.junit.jupiter.api.Test;

/**
 * A decoder's exception message is made of the file's bytes as often as not: it reaches the log
 * one line long, without control characters, cut short.
 */
class DecoderMessagesTest {

    private static final String FORGED = "bad header\r\n12:00:00.000 INFO  c.m.Forged - an operator reads this" + "x".repeat(400);

    @Test
    void aDecodersMessageIsLoggedOnOneLineCutShort() throws Exception {
        MagicReaderSpi forging = new MagicReaderSpi("BMEVIL", "a reader whose error message was written by the file",
                ForgingReader::new);
        forging.registerFirst();
        byte[] photo = forging.file();
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger("s", graph, 51, Map.of());
             CapturedLog log = new CapturedLog(PhotoReplies.class, Level.INFO)) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(PhotoUpload.request(
                    URI.create(server.getURL() + "/api/analyze"), photo).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(422, answer.statusCode(), answer.body());
            List<String> lines = log.lines().stream().filter(l -> l.contains("not usable")).toList();
            assertEquals(1, lines.size(), log.lines().toString());
            String line = lines.get(0);
            assertTrue(line.contains("bad header"), "the message is still there to read: " + line);
            assertFalse(line.contains("\r") || line.contains("\n"), "no forged line: " + line);
            assertTrue(line.length() < 200, "cut short: " + line.length() + " characters");
        } finally {
            forging.deregister();
        }
    }

    /** Fails to read every file with a message the file wrote. */
    static final class ForgingReader extends SquareImageReader {
        ForgingReader(ImageReaderSpi spi) {
            super(spi);
        }

        @Override
        public java.awt.image.BufferedImage read(int imageIndex, ImageReadParam param) throws IOException {
            throw new IIOException(FORGED);
        }
    }
}
