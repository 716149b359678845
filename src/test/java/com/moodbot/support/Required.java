package com.moodbot.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    public static final String PYTHON = "python";
    /** Debian's interpreter, where `.ci/run` installs python3-torch and python3-pil. */
    public static final Path PYTHON3 = Path.of("/usr/bin/python3");

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

    /** {@link #PYTHON3} with PyTorch, numpy and Pillow, which the GPU teacher scripts import. */
    public static void pythonWithTorch(String why) {
        boolean present;
        try {
            present = CommandProcess.exec(List.of(PYTHON3.toString(), "-c", "import torch, numpy, PIL"), Map.of(),
                    Duration.ofMinutes(2)).exitCode() == 0;
        } catch (IOException | AssertionError e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        check(PYTHON, present, "needs " + PYTHON3 + " with torch, numpy and PIL " + why);
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
