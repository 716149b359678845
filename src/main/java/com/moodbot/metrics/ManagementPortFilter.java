package com.moodbot.metrics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;

/**
 * The management port answers only the routes bound to it: the router already keeps every other
 * route off it, and this keeps off the static files too, which Micronaut serves whatever the port.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ManagementPortFilter {

    private final ManagementPort management;

    public ManagementPortFilter(ManagementPort management) {
        this.management = management;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> onlyManagementRoutes(HttpRequest<?> request) {
        if (request.getServerAddress().getPort() != management.port()) {
            return null;
        }
        boolean bound = RouteAttributes.getRouteInfo(request)
                .filter(route -> route instanceof UriRouteInfo<?, ?> uri && uri.getPort() != null).isPresent();
        return bound ? null : HttpResponse.status(HttpStatus.NOT_FOUND);
    }
}
