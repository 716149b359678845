package com.moodbot.catalogedit;

import com.moodbot.web.AdminOff;
import com.moodbot.http.HtmlResources;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;

/**
 * The editor ({@code /admin/catalog}) and the read-only preview ({@code /admin/catalog/preview})
 * for signed-in admins; signed out, both send the browser to the sign-in at {@code /admin}. The
 * old public address {@code /catalog.html} leads to the preview (and so to the sign-in). Blocking: whether a
 * session was signed out may be asked of Redis.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class CatalogPagesController {

    /** The editor; as the preview, its script leaves out what edits. */
    private static final String PAGE = HtmlResources.read("admin/catalog.html");
    private final AdminSignIn signIn;

    public CatalogPagesController(AdminSignIn signIn) {
        this.signIn = signIn;
    }

    @Get(value = "/admin/catalog", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> editor(HttpRequest<?> request) {
        return show(request, "/admin/catalog");
    }

    @Get(value = "/admin/catalog/preview", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> preview(HttpRequest<?> request) {
        return show(request, "/admin/catalog/preview");
    }

    @Get(value = "/catalog.html", produces = {MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<String> oldAddress() {
        return HttpResponse.<String>seeOther(URI.create("/admin/catalog/preview"));
    }

    /** Signed out: to the sign-in, which leads back to {@code path}. */
    private HttpResponse<String> show(HttpRequest<?> request, String path) {
        if (!signIn.enabled()) {
            return AdminOff.page();
        }
        if (!signIn.signedIn(request)) {
            return HttpResponse.<String>seeOther(URI.create("/admin?next=" + path))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        return HttpResponse.ok(PAGE).contentType(MediaType.TEXT_HTML_TYPE).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
