package com.moodbot.cli;

import com.moodbot.http.FreePorts;
import com.moodbot.metrics.ManagementPort;
import java.io.IOException;
import java.net.InetAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of {@code serve}'s two ports could not be had, with the setting that names it: the one the failed start
 * names ("Unable to start Micronaut server on 127.0.0.1:8081"), else each tried again (the one the server did bind
 * may still be held by this process). Both are named where that does not tell them apart.
 */
final class TakenPort {

    private static final String MANAGEMENT = "(MOODBOT_MANAGEMENT_PORT, 0 picks a free one)";
    private static final Pattern HOST_PORT = Pattern.compile(":\\s*(\\d{1,5})$");

    private TakenPort() {
    }

    static String describe(String port, ManagementPort management, Throwable failure) {
        String web = "port " + port + " (MOODBOT_PORT)";
        String admin = "port " + management.port() + " on " + management.host() + " " + MANAGEMENT;
        String named = namedPort(failure);
        String managementPort = Integer.toString(management.port());
        if (named != null && !port.equals(managementPort) && (named.equals(port) || named.equals(managementPort))) {
            return "cannot listen on " + (named.equals(port) ? web : admin);
        }
        boolean webTaken = taken(null, port);
        boolean adminTaken = taken(management.host(), managementPort);
        if (webTaken != adminTaken) {
            return "cannot listen on " + (webTaken ? web : admin);
        }
        return "cannot listen on " + web + " or " + admin;
    }

    /** The port at the end of the first message in {@code failure}'s causes that ends in ":PORT", or null. */
    private static String namedPort(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : HOST_PORT.matcher(t.getMessage());
            if (m != null && m.find()) {
                return m.group(1);
            }
        }
        return null;
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
