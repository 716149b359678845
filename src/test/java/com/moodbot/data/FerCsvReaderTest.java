package com.moodbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.moodbot.emotion.Emotion;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FerCsvReaderTest {

    @TempDir
    Path dir;

    static String pixels(int count, int value) {
        return IntStream.range(0, count).mapToObj(i -> Integer.toString((value + i) % 256)).collect(Collectors.joining(" "));
    }

    @Test
    void readsEverySplitFromPlainCsv() throws IOException {
        Path csv = dir.resolve("fer.csv");
        Files.writeString(csv, "emotion,pixels,Usage\n"
                + "3,\"" + pixels(2304, 0) + "\",Training\n"
                + "0,\"" + pixels(2304, 7) + "\",PublicTest\n"
                + "6," + pixels(2304, 9) + ",PrivateTest\n");
        Map<Split, List<LabeledFace>> splits = FerCsvReader.read(csv);
        assertEquals(1, splits.get(Split.TRAINING).size());
        assertEquals(Emotion.HAPPY, splits.get(Split.TRAINING).get(0).label());
        assertEquals(Emotion.ANGRY, splits.get(Split.PUBLIC_TEST).get(0).label());
        assertEquals(Emotion.NEUTRAL, splits.get(Split.PRIVATE_TEST).get(0).label());
        assertEquals(7, splits.get(Split.PUBLIC_TEST).get(0).pixels()[0] & 0xFF);
        assertEquals(255, splits.get(Split.TRAINING).get(0).pixels()[255] & 0xFF);
        assertEquals("fer.csv:2", splits.get(Split.TRAINING).get(0).source());
        assertEquals(2, splits.get(Split.TRAINING).get(0).csvLine(), "the row FER+ votes join on");
        assertEquals(4, splits.get(Split.PRIVATE_TEST).get(0).csvLine());
    }

    @Test
    void readsGzipAndColumnsInAnyOrder() throws IOException {
        Path gz = dir.resolve("fer.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(("Usage,pixels,emotion\nPublicTest,\"" + pixels(2304, 1) + "\",5\n").getBytes(StandardCharsets.US_ASCII));
        }
        LabeledFace face = FerCsvReader.read(gz).get(Split.PUBLIC_TEST).get(0);
        assertEquals(Emotion.SURPRISE, face.label());
        assertEquals(1, face.pixels()[0]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong pixel count | 3,\"1 2 3\",Training | bad.csv:3: expected 2304 pixel values, found 3",
        "label out of range | 7,PIXELS,Training | bad.csv:3: emotion label 7 is outside 0..6",
        "label not a number | happy,PIXELS,Training | bad.csv:3: emotion 'happy' is not a number 0..6",
        "unknown usage | 1,PIXELS,Validation | bad.csv:3: unknown Usage 'Validation' (expected Training, PublicTest or PrivateTest)",
        "missing column | 1,PIXELS | bad.csv:3: expected 3 columns, found 2",
        "pixel over 255 | 1,\"256 1 2\",Training | bad.csv:3: pixel 1 is over 255",
        "stray character | 1,\"1 2 x\",Training | bad.csv:3: unexpected character 'x' in pixels",
    })
    void malformedRowNamesFileAndLine(String name, String row, String message) throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "emotion,pixels,Usage\n0,\"" + pixels(2304, 0) + "\",Training\n"
                + row.replace("PIXELS", pixels(2304, 0)) + "\n");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> FerCsvReader.read(csv));
        assertEquals(message, e.getMessage());
    }

    @Test
    void missingHeaderColumnIsReported() throws IOException {
        Path csv = dir.resolve("nohead.csv");
        Files.writeString(csv, "label,pixels,Usage\n0,\"" + pixels(2304, 0) + "\",Training\n");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> FerCsvReader.read(csv));
        assertEquals("nohead.csv:1: missing column 'emotion' (header must be emotion,pixels,Usage)", e.getMessage());
    }

    @Test
    void emptyFileIsReported() throws IOException {
        Path csv = dir.resolve("empty.csv");
        Files.writeString(csv, "");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> FerCsvReader.read(csv));
        assertEquals("empty.csv:1: file is empty, expected header emotion,pixels,Usage", e.getMessage());
    }
}
