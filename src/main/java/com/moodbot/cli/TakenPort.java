package com.moodbot.cli;

import com.moodbot.http.FreePorts;
import com.moodbot.metrics.ManagementPort;
import java.io.IOException;
import java.net.InetAddress;

/**
 * Which of {@code serve}'s two ports could not be had, with the setting that names it: each is tried again once
 * the start has failed. Both are named where neither or both can be had now (another process may have let go).
 */
final class TakenPort {

    private static final String MANAGEMENT = "(MOODBOT_MANAGEMENT_PORT, 0 picks a free one)";

    private TakenPort() {
    }

    static String describe(String port, ManagementPort management) {
        String web = "port " + port + " (MOODBOT_PORT)";
        String admin = "port " + management.port() + " on " + management.host() + " " + MANAGEMENT;
        boolean webTaken = taken(null, port);
        boolean adminTaken = taken(management.host(), Integer.toString(management.port()));
        if (webTaken != adminTaken) {
            return "cannot listen on " + (webTaken ? web : admin);
        }
        return "cannot listen on " + web + " or " + admin;
    }

    /** Whether binding {@code port} (on every address where {@code host} is null) fails now. */
    private static boolean taken(String host, String port) {
        try {
            return !FreePorts.isFree(host == null ? null : InetAddress.getByName(host), Integer.parseInt(port));
        } catch (IOException | NumberFormatException e) {
            return true;
        }
    }
}
