package com.moodbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.Required;
import com.moodbot.support.TestModels;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The kill test in CI: real redis-server, two service processes with durable intake, HAProxy in
 * front, SIGKILL to one instance mid-run. Every post ends up accepted, every accepted message is
 * answered, nothing stays in the stream. A repeat is allowed only for a reply whose Send API call
 * was in flight when the instance died (at most one per event it held): the guarantee is
 * at-least-once, and this bounds the "more than once".
 */
class FailoverIT {

    @Test
    void killingAnInstanceMidRunLosesNoAcceptedEvent() throws Exception {
        Required.executables(Required.REDIS, "needs Debian's redis-server", Path.of("/usr/bin/redis-server"));
        Required.executables(Required.BALANCER, "needs Debian's haproxy (apt-get install haproxy)",
                Path.of("/usr/sbin/haproxy"));
        Path model = TestModels.random(31);
        FailoverBench bench = new FailoverBench();
        int code = new CommandLine(bench).execute("--posts", "3000", "--rate", "200", "--kill-after", "6",
                "--claim-after", "2s", "--graph-latency", "50", "--model", model.toString());
        FailoverBench.Outcome outcome = bench.outcome();
        assertTrue(outcome != null, "the run finished");
        assertEquals(0, outcome.failed(), "every post was accepted in the end (redelivered until a 200)");
        assertEquals(0, outcome.lost(), "every accepted message answered");
        assertTrue(outcome.heldByKilled() > 0, "the kill landed while the instance held events: " + outcome);
        assertTrue(outcome.duplicated() <= outcome.heldByKilled(),
                "at most one repeated send per event the killed instance held: " + outcome);
        assertEquals(0, code);
    }
}
