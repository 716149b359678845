package com.moodbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.http.FreePorts;
import com.moodbot.support.CommandProcess;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} that cannot start says why in its own words, with no stack trace, and the exit status says whose fault. */
class ServeRefusesToStartTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void withRedisDownItRefusesInOneLine() throws Exception {
        CommandProcess serve = CommandProcess.run(Map.of("REDIS_URI", "redis://127.0.0.1:1", "MOODBOT_PORT", "0",
                "MOODBOT_MANAGEMENT_PORT", "0"), WITHIN, "serve");
        assertEquals(1, serve.exitCode(), serve.stderr());
        assertTrue(serve.stderr().contains("serve: refusing to start: cannot reach Redis at 127.0.0.1:1 (REDIS_URI)"),
                serve.stderr());
        assertNoStackTrace(serve);
    }

    @Test
    void withInvalidCatalogsItExitsTwoAsEveryCommandDoesForAUserError() throws Exception {
        Files.writeString(dir.resolve("films.yml"), "category: film\nitems: []\n");
        CommandProcess serve = CommandProcess.run(Map.of("MOODBOT_CATALOG_DIR", dir.toString(), "MOODBOT_PORT", "0",
                "MOODBOT_MANAGEMENT_PORT", "0"), WITHIN, "serve");
        assertEquals(CliErrors.USER_ERROR, serve.exitCode(), serve.stderr());
        assertTrue(serve.stderr().startsWith("serve: refusing to start, the catalogs are invalid:"), serve.stderr());
        assertNoStackTrace(serve);
    }

    @Test
    void aTakenPortIsOneLineNamingTheSettingAndAUserError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            CommandProcess serve = CommandProcess.run(Map.of("MOODBOT_PORT", String.valueOf(taken.getLocalPort()),
                    "MOODBOT_MANAGEMENT_PORT", "0"), WITHIN, "serve");
            assertEquals(CliErrors.USER_ERROR, serve.exitCode(), serve.stderr());
            assertTrue(serve.stderr().contains("serve: refusing to start: cannot listen on port " + taken.getLocalPort()
                    + " (MOODBOT_PORT): "),
                    serve.stderr());
            assertFalse(serve.stdout().contains(" ERROR "), "the port is named once, by serve:\n" + serve.stdout());
            assertNoStackTrace(serve);
        }
    }

    @Test
    void aTakenManagementPortIsNamedAlone() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // a set web port: the server has bound it by the time the management port fails
            String web = String.valueOf(FreePorts.pick(null));
            CommandProcess serve = CommandProcess.run(Map.of("MOODBOT_PORT", web,
                    "MOODBOT_MANAGEMENT_PORT", String.valueOf(taken.getLocalPort())), WITHIN, "serve");
            assertEquals(CliErrors.USER_ERROR, serve.exitCode(), serve.stderr());
            assertTrue(serve.stderr().contains("serve: refusing to start: cannot listen on port " + taken.getLocalPort()
                    + " on 127.0.0.1 (MOODBOT_MANAGEMENT_PORT, 0 picks a free one): "), serve.stderr());
            assertFalse(serve.stderr().contains("MOODBOT_PORT)"), "the web port was free: " + serve.stderr());
            assertNoStackTrace(serve);
        }
    }

    private static void assertNoStackTrace(CommandProcess run) {
        assertFalse(run.stderr().contains("\tat "), "no stack trace:\n" + run.stderr());
        assertFalse(run.stdout().contains("\tat "), "no stack trace:\n" + run.stdout());
    }
}
