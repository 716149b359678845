package com.moodbot.ops;

/**
 * Something besides the service's phase that must hold before it takes traffic (a valid catalog in
 * service), so that readiness can ask without knowing the feature behind it.
 */
public interface ReadinessCheck {

    /** The key in readiness details, e.g. "catalogs". */
    String name();

    boolean ready();

    /** For readiness details: a few words, never a path or a secret. */
    String state();
}
