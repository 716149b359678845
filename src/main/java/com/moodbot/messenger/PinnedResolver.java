package com.moodbot.messenger;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The photo client's only name lookup: it resolves a host once per connection, refuses it unless every
 * address is public ({@link PublicAddresses}), and hands the client exactly the addresses it checked to
 * connect to, so a DNS answer that changes after the check (rebinding) is never used. TLS still
 * names the host (SNI, certificate check) and so does the Host header.
 */
final class PinnedResolver implements DnsResolver {

    /** The system's lookup, or a test's. */
    @FunctionalInterface
    interface Lookup {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    /** A host refused for what it resolves to. */
    static final class RefusedHost extends UnknownHostException {
        RefusedHost(String message) {
            super(message);
        }
    }

    private final Lookup lookup;
    private final boolean allowPrivateAddresses;

    PinnedResolver(Lookup lookup, boolean allowPrivateAddresses) {
        this.lookup = lookup;
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses;
        try {
            addresses = lookup.all(host);
        } catch (UnknownHostException e) {
            throw new RefusedHost("image host " + host + " does not resolve");
        }
        if (addresses.length == 0) {
            throw new RefusedHost("image host " + host + " does not resolve");
        }
        for (InetAddress a : addresses) {
            if (!allowPrivateAddresses && !PublicAddresses.isPublic(a)) {
                throw new RefusedHost("refused image host " + host + ": it resolves to a non-public address");
            }
        }
        return addresses.clone();
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
