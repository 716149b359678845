package com.moodbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.metrics.ManagementPort;
import com.moodbot.support.CapturedLog;
import com.moodbot.support.TestModels;
import com.moodbot.support.TestServers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What serve says at start-up about photo downloads opened up for tests: a warning, and nothing when closed. */
class StartupLinesTest {

    private static List<String> warnings(Map<String, Object> fetch) throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, TestServers.merged(Map.of(
                "micronaut.server.port", -1, "moodbot.model.dir", TestModels.random(24).toString(),
                "moodbot.warm-up.enabled", false), fetch));
             CapturedLog log = new CapturedLog(ServeCommand.class)) {
            ApplicationContext context = server.getApplicationContext();
            StartupLines.log(context, server, context.getBean(ManagementPort.class));
            return log.lines().stream().filter(l -> l.startsWith("Photo downloads")).toList();
        }
    }

    @Test
    void photoDownloadsOpenedForTestsAreNamedInAWarning() throws Exception {
        assertEquals(List.of(), warnings(Map.of()));
        assertEquals(List.of("Photo downloads allow plain http (MOODBOT_FETCH_ALLOW_HTTP) and private addresses "
                + "(MOODBOT_FETCH_ALLOW_PRIVATE_ADDRESSES): for tests on one machine, never in production"),
                warnings(TestServers.LOOPBACK_PHOTOS));
        assertEquals(List.of("Photo downloads allow private addresses (MOODBOT_FETCH_ALLOW_PRIVATE_ADDRESSES): for "
                + "tests on one machine, never in production"), warnings(Map.of("moodbot.fetch.allow-private-addresses", true)));
    }
}
