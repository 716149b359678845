package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ClientKeyTest {

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertEquals("2001:db8:1:2::/64", ClientKey.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("::1", ClientKey.of("[0:0:0:0:0:0:0:1]"), "the loopback, not ::/64");
        assertEquals(ClientKey.of("2001:db8:1:2::1"), ClientKey.of("[2001:db8:1:2:ffff::9]"));
        assertNotEquals(ClientKey.of("2001:db8:1:2::1"), ClientKey.of("2001:db8:1:3::1"));
    }

    @Test
    void ipv4StaysWholeMappedIpv4IsIpv4AndAnythingElseIsKeptAsItIs() {
        assertEquals("203.0.113.7", ClientKey.of("203.0.113.7"));
        assertEquals("203.0.113.7", ClientKey.of("::ffff:203.0.113.7"));
        assertEquals("unknown", ClientKey.of("unknown"));
    }
}
