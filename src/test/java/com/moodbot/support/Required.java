package com.moodbot.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a test needs from outside the repository. Missing, the test is skipped with the reason, unless
 * that kind is required: {@code MOODBOT_TEST_REQUIRE} (or {@code -Dmoodbot.test.require}) lists
 * kinds, e.g. {@code shared,browser,redis} or {@code all}, and then a missing piece fails the test.
 * CI requires all of them.
 */
public final class Required {

    public static final String SHARED = "shared";
    public static final String BROWSER = "browser";
    public static final String REDIS = "redis";
    public static final String BALANCER = "balancer";
    public static final String POISON = "poison";

    private Required() {
    }

    public static void sharedFile(Path file, String why) {
        check(SHARED, Files.isRegularFile(file), "needs " + file + " " + why);
    }

    public static void fer2013(String why) {
        sharedFile(SharedData.FER2013, why);
    }

    public static void yunet(String why) {
        sharedFile(SharedData.YUNET, why);
    }

    public static void environment(String kind, String variable, String why) {
        check(kind, System.getenv(variable) != null, "needs the environment variable " + variable + " " + why);
    }

    public static void executables(String kind, String reason, Path... files) {
        check(kind, Arrays.stream(files).allMatch(Files::isExecutable), reason);
    }

    public static boolean isRequired(String kind) {
        String list = System.getProperty("moodbot.test.require", System.getenv().getOrDefault("MOODBOT_TEST_REQUIRE", ""));
        return Arrays.stream(list.toLowerCase(Locale.ROOT).split(","))
                .map(String::trim).anyMatch(k -> k.equals(kind) || k.equals("all"));
    }

    private static void check(String kind, boolean present, String reason) {
        if (present) {
            return;
        }
        if (isRequired(kind)) {
            fail(reason + " (MOODBOT_TEST_REQUIRE makes '" + kind + "' required here)");
        }
        assumeTrue(false, reason);
    }
}
