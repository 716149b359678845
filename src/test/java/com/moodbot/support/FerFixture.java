package com.moodbot.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** A small FER2013-format CSV and its FER+ votes, written into a test's folder. */
public final class FerFixture {

    private FerFixture() {
    }

    /**
     * 40 random faces per split (labels cycling through the seven), with FER+ votes that agree with
     * the label on even rows only; returns the FER2013 CSV and the FER+ CSV.
     */
    public static Path[] write(Path dir) throws IOException {
        Random random = new Random(4);
        StringBuilder fer = new StringBuilder("emotion,pixels,Usage\n");
        StringBuilder plus = new StringBuilder("Usage,neutral,happiness,surprise,sadness,anger,disgust,fear,contempt,unknown,NF\n");
        for (String usage : new String[] {"Training", "PublicTest", "PrivateTest"}) {
            for (int i = 0; i < 40; i++) {
                int label = i % 7;
                StringBuilder px = new StringBuilder();
                for (int p = 0; p < 48 * 48; p++) {
                    px.append(p == 0 ? "" : " ").append(random.nextInt(256));
                }
                fer.append(label).append(",\"").append(px).append("\",").append(usage).append('\n');
                int[] votes = new int[10];
                votes[i % 2 == 0 ? new int[] {4, 5, 6, 3, 1, 2, 0}[label] : 0] = 10;
                plus.append(usage);
                for (int v : votes) {
                    plus.append(',').append(v);
                }
                plus.append('\n');
            }
        }
        Path csv = dir.resolve("fer.csv");
        Path ferPlus = dir.resolve("ferplus.csv");
        Files.writeString(csv, fer);
        Files.writeString(ferPlus, plus);
        return new Path[] {csv, ferPlus};
    }
}
