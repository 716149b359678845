package com.moodbot.web;

import io.micronaut.http.annotation.FilterMatcher;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route that goes through {@link WebAdmissionFilter}. The filter is bound to the route
 * itself, not to a path pattern, so every spelling that reaches the route (a trailing slash
 * included) is admitted first.
 */
@FilterMatcher
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface WebLimited {

    /** Whether the work also holds one of the web channel's slots (an upload), or only takes a token (a choice). */
    boolean slot() default true;
}
