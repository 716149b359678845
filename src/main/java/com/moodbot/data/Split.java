package com.moodbot.data;

import java.util.Arrays;
import java.util.Optional;

/** FER2013's three splits, named as in the CSV's Usage column. */
public enum Split {
    TRAINING("Training"), PUBLIC_TEST("PublicTest"), PRIVATE_TEST("PrivateTest");

    private final String csvName;

    Split(String csvName) {
        this.csvName = csvName;
    }

    public String csvName() {
        return csvName;
    }

    public static Optional<Split> ofCsvName(String name) {
        return Arrays.stream(values()).filter(s -> s.csvName.equalsIgnoreCase(name.trim())).findFirst();
    }
}
