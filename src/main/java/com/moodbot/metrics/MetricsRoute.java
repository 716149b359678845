package com.moodbot.metrics;

import io.micronaut.context.ExecutionHandleLocator;
import io.micronaut.web.router.DefaultRouteBuilder;
import jakarta.inject.Singleton;

/** {@code GET /prometheus}, answered on the management port only; elsewhere it is not found. */
@Singleton
public class MetricsRoute extends DefaultRouteBuilder {

    public MetricsRoute(ExecutionHandleLocator locator, UriNamingStrategy naming, ManagementPort management) {
        super(locator, naming);
        GET("/prometheus", PrometheusScrape.class, "scrape").exposedPort(management.port());
    }
}
