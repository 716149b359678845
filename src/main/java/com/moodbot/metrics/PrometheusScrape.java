package com.moodbot.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Executable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;

/** Every series in Prometheus's text format, for {@link MetricsRoute}. */
@Singleton
public class PrometheusScrape {

    static final MediaType TEXT_FORMAT = MediaType.of("text/plain; version=0.0.4; charset=utf-8");
    private final PrometheusMeterRegistry registry;

    public PrometheusScrape(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Executable
    public HttpResponse<String> scrape() {
        return HttpResponse.ok(registry.scrape()).contentType(TEXT_FORMAT);
    }
}
