package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void addressesAndRangesWithOrWithoutSpaces() {
        TrustedProxies proxies = TrustedProxies.parse(List.of("10.0.0.0/8, 192.168.1.7", " fd00::/8"));
        assertTrue(proxies.trusts("10.1.2.3"));
        assertTrue(proxies.trusts("192.168.1.7"));
        assertFalse(proxies.trusts("192.168.1.8"));
        assertFalse(proxies.trusts("11.0.0.1"));
        assertTrue(proxies.trusts("fd12::1"));
        assertTrue(TrustedProxies.parse(List.of("fe80::/10")).trusts("fe80::1%eth0"), "a link-local peer with its zone");
        assertFalse(proxies.trusts("10.0.0.300"), "not an address: not trusted, not looked up");
        assertFalse(proxies.trusts("fe80::1"));
        assertFalse(proxies.trusts("not-an-address"), "a hop that is no address is never trusted");
        assertEquals("10.0.0.0/8, 192.168.1.7, fd00::/8", proxies.toString());
        assertTrue(TrustedProxies.parse(List.of()).isEmpty());
        assertTrue(TrustedProxies.parse(List.of("0.0.0.0/0")).trusts("203.0.113.5"));
    }

    @Test
    void anEntryThatIsNoAddressOrRangeIsRefusedByNameWithoutALookup() {
        for (String bad : List.of("proxy.internal", "10.0.0.0/33", "10.0.0.0/x", "not-an-ip", "10.0.0.256", "300.1.1.1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse(List.of(bad)));
            assertEquals("MOODBOT_WEB_TRUSTED_PROXIES has '" + bad + "', which is no IP address or range such as "
                    + "10.0.0.2 or 10.0.0.0/8", e.getMessage());
        }
    }
}
