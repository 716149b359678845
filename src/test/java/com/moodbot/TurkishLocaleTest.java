package com.moodbot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.data.FerCsvReader;
import com.moodbot.data.Split;
import com.moodbot.vision.ImageRejectedException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a Turkish default locale, "I".toLowerCase() is a dotless "ı": codes and headers that are
 * matched or answered as ASCII must not depend on the machine's locale.
 */
class TurkishLocaleTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    @TempDir
    Path dir;

    private static <T> T inTurkish(Supplier<T> work) {
        Locale saved = Locale.getDefault();
        Locale.setDefault(TURKISH);
        try {
            return work.get();
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void theWebApisErrorCodesStayAscii() {
        assertEquals("download_failed", inTurkish(Reason.DOWNLOAD_FAILED::code));
        assertEquals("unsupported_format", inTurkish(Reason.UNSUPPORTED_FORMAT::code));
    }

    @Test
    void aFer2013HeaderInCapitalsIsRead() throws Exception {
        Path csv = dir.resolve("fer.csv");
        Files.writeString(csv, "EMOTION,PIXELS,USAGE\n3,\"" + "0 ".repeat(48 * 48 - 1) + "0\",Training\n");
        assertEquals(1, inTurkish(() -> {
            try {
                return FerCsvReader.read(csv).get(Split.TRAINING).size();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }));
    }
}
