package com.moodbot.data;

import com.moodbot.emotion.Emotion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads the FER2013 challenge CSV ({@code emotion,pixels,Usage}), plain or gzip-compressed. */
public final class FerCsvReader {

    private FerCsvReader() {
    }

    public static Map<Split, List<LabeledFace>> read(Path csv) throws IOException {
        String name = csv.getFileName().toString();
        InputStream raw = Files.newInputStream(csv);
        InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII), 1 << 16)) {
            return read(reader, name);
        }
    }

    static Map<Split, List<LabeledFace>> read(BufferedReader reader, String name) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            throw new DatasetFormatException(name + ":1: file is empty, expected header emotion,pixels,Usage");
        }
        Columns columns = Columns.of(header, name);
        Map<Split, List<LabeledFace>> splits = new EnumMap<>(Split.class);
        for (Split s : Split.values()) {
            splits.put(s, new ArrayList<>());
        }
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String where = name + ":" + lineNo;
            String[] fields = line.split(",", -1);
            if (fields.length < columns.count()) {
                throw new DatasetFormatException(where + ": expected " + columns.count() + " columns, found " + fields.length);
            }
            Emotion label = parseLabel(fields[columns.emotion()], where);
            byte[] pixels = parsePixels(fields[columns.pixels()], where);
            Split split = columns.usage() < 0 ? Split.TRAINING : Split.ofCsvName(fields[columns.usage()])
                    .orElseThrow(() -> new DatasetFormatException(where + ": unknown Usage '"
                            + fields[columns.usage()] + "' (expected Training, PublicTest or PrivateTest)"));
            splits.get(split).add(new LabeledFace(pixels, label, where, lineNo));
        }
        return splits;
    }

    private static Emotion parseLabel(String text, String where) {
        try {
            return Emotion.ofIndex(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            throw new DatasetFormatException(where + ": emotion '" + text + "' is not a number 0..6");
        } catch (IllegalArgumentException e) {
            throw new DatasetFormatException(where + ": " + e.getMessage());
        }
    }

    private static byte[] parsePixels(String text, String where) {
        String s = text.strip();
        if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
            s = s.substring(1, s.length() - 1);
        }
        byte[] out = new byte[LabeledFace.PIXELS];
        int count = 0;
        int value = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 255) {
                    throw new DatasetFormatException(where + ": pixel " + (count + 1) + " is over 255");
                }
            } else if (c == ' ') {
                if (value >= 0) {
                    if (count < out.length) {
                        out[count] = (byte) value;
                    }
                    count++;
                    value = -1;
                }
            } else {
                throw new DatasetFormatException(where + ": unexpected character '" + c + "' in pixels");
            }
        }
        if (count != LabeledFace.PIXELS) {
            throw new DatasetFormatException(where + ": expected " + LabeledFace.PIXELS + " pixel values, found " + count);
        }
        return out;
    }

    private record Columns(int emotion, int pixels, int usage, int count) {
        static Columns of(String header, String name) {
            String[] names = header.split(",", -1);
            int emotion = -1;
            int pixels = -1;
            int usage = -1;
            for (int i = 0; i < names.length; i++) {
                switch (names[i].trim().toLowerCase(Locale.ROOT)) {
                    case "emotion" -> emotion = i;
                    case "pixels" -> pixels = i;
                    case "usage" -> usage = i;
                    default -> { }
                }
            }
            if (emotion < 0 || pixels < 0) {
                throw new DatasetFormatException(name + ":1: missing column '" + (emotion < 0 ? "emotion" : "pixels")
                        + "' (header must be emotion,pixels,Usage)");
            }
            return new Columns(emotion, pixels, usage, names.length);
        }
    }
}
