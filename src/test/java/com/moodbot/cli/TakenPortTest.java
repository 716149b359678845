package com.moodbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.http.FreePorts;
import com.moodbot.metrics.ManagementConfig;
import com.moodbot.metrics.ManagementPort;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TakenPortTest {

    private int web;
    private ManagementPort management;

    @BeforeEach
    void freePorts() throws IOException {
        web = FreePorts.pick(null);
        management = new ManagementPort(new ManagementConfig(FreePorts.pick(InetAddress.getLoopbackAddress()),
                "127.0.0.1"));
    }

    private String describe(String message) {
        return TakenPort.describe(Integer.toString(web), management,
                new IllegalStateException(message, new BindException("Address already in use")));
    }

    private String web() {
        return "port " + web + " (MOODBOT_PORT)";
    }

    private String admin() {
        return "port " + management.port() + " on 127.0.0.1 (MOODBOT_MANAGEMENT_PORT, 0 picks a free one)";
    }

    @Test
    void thePortTheFailedStartNamesIsTheOneNamed() {
        assertEquals("cannot listen on " + admin(), describe("Unable to start Micronaut server on 127.0.0.1:"
                + management.port()));
        assertEquals("cannot listen on " + web(), describe("Unable to start Micronaut server on *:" + web));
        assertEquals("cannot listen on " + web(), describe("Unable to start Micronaut server on [::]:" + web));
        assertEquals("cannot listen on " + admin(), describe("Unable to start server on port: " + management.port()));
    }

    @Test
    void withoutEitherPortInTheMessageBothAreTriedAgain() {
        // both were free a moment ago, so neither is found taken now and both are named
        String both = "cannot listen on " + web() + " or " + admin();
        assertEquals(both, describe("Unable to start Micronaut server"));
        assertEquals(both, describe("Unable to start Micronaut server on *:1"));
    }
}
