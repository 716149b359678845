package com.moodbot.web;

import com.moodbot.http.HtmlResources;
import com.moodbot.analytics.Usage;
import com.moodbot.analytics.UsageReport;
import com.moodbot.ops.PublicUrlConfig;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.CatalogService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /admin}: a login form, then the figures page (charts drawn in the browser with the
 * vendored Chart.js, no CDN). The token is typed once; the browser keeps a signed session cookie
 * (HttpOnly, SameSite=Strict). Wrong tokens, typed or sent as a bearer header, count towards the
 * client's limit in {@link AdminAttempts} (429 past it).
 * Without MOODBOT_ADMIN_TOKEN everything here answers 404. Runs off the event loop: sessions are
 * checked against Redis when it is set.
 */
@Controller("/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminPageController {

    private static final Logger LOG = LoggerFactory.getLogger(AdminPageController.class);
    private static final String LOGIN = HtmlResources.read("admin/login.html");
    private static final String DASHBOARD = HtmlResources.read("admin/index.html");
    private final AdminSessions sessions;
    private final AdminConfig config;
    private final Usage usage;
    private final CatalogService catalogs;
    private final AdminAttempts attempts;
    private final boolean secureCookie;
    private final AdminGate gate;

    public AdminPageController(AdminSessions sessions, AdminConfig config, Usage usage, CatalogService catalogs,
                               AdminAttempts attempts, PublicUrlConfig publicUrl, AdminGate gate) {
        this.gate = gate;
        this.sessions = sessions;
        this.config = config;
        this.usage = usage;
        this.catalogs = catalogs;
        this.attempts = attempts;
        this.secureCookie = publicUrl.base().map(b -> b.startsWith("https://")).orElse(false);
    }

    /** Why the sign-in page is shown again: its English words, and the key admin-login.js translates them by. */
    private record SignInError(String key, String english) {
        static final SignInError NONE = new SignInError("", "");
        static final SignInError TOO_MANY = new SignInError("tooMany", "Too many attempts; wait a minute.");
        static final SignInError WRONG_TOKEN = new SignInError("wrongToken", "That token is not right.");
        static final SignInError UNAVAILABLE = new SignInError("unavailable", "Cannot sign in just now; try again.");
        /** Not an error: where the sign-out leads, so the page says it worked. */
        static final SignInError SIGNED_OUT = new SignInError("signedOut", "You are signed out.");
    }

    /** Where a sign-in may lead back to: the admin pages only, so the form cannot redirect anywhere else. */
    private static final Set<String> RETURN_TO = Set.of("/admin", "/admin/catalog", "/admin/catalog/preview");

    private static String returnTo(String next) {
        return next != null && RETURN_TO.contains(next) ? next : "/admin";
    }

    private static String signIn(SignInError error, String next) {
        return LOGIN.replace("{{ERROR_KEY}}", error.key()).replace("{{ERROR}}", error.english())
                .replace("{{NEXT}}", returnTo(next));
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<String> page(HttpRequest<?> request) {
        if (!config.enabled()) {
            return AdminOff.page();
        }
        return html(HttpStatus.OK, loggedIn(request) ? DASHBOARD
                : signIn(request.getParameters().contains("signed-out") ? SignInError.SIGNED_OUT : SignInError.NONE,
                        request.getParameters().get("next")));
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @SameOrigin
    public HttpResponse<String> login(HttpRequest<?> request, @Body Map<String, String> form) {
        if (!config.enabled()) {
            return HttpResponse.notFound();
        }
        long retryAfter = attempts.retryAfter(request, "/admin/login");
        if (retryAfter > 0) {
            return html(HttpStatus.TOO_MANY_REQUESTS, signIn(SignInError.TOO_MANY, form.get("next")))
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        }
        if (!sessions.tokenMatches(form.get("token"))) {
            attempts.failed(request, "/admin/login");
            return html(HttpStatus.UNAUTHORIZED, signIn(SignInError.WRONG_TOKEN, form.get("next")));
        }
        String session;
        try {
            session = sessions.issue(Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("Admin sign-in not done: the session store did not answer ({})", e.getClass().getSimpleName());
            return html(HttpStatus.SERVICE_UNAVAILABLE, signIn(SignInError.UNAVAILABLE, form.get("next")));
        }
        return HttpResponse.<String>seeOther(java.net.URI.create(returnTo(form.get("next")))).cookie(cookie(
                session, AdminSessions.LIFETIME.toSeconds()));
    }

    /**
     * The address of a sign-in or sign-out answer, reloaded, bookmarked or typed: back to the page (the form, or
     * the figures when signed in). A sign-out is a form's POST only, so a link cannot end a session.
     */
    @Get(uris = {"/login", "/logout"}, produces = {MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<?> backToThePage(@QueryValue @Nullable String next) {
        return HttpResponse.seeOther(java.net.URI.create(returnTo(next)));
    }

    /** The page's sign-out form: this browser's session ends on every instance, for every copy of its cookie. */
    @Post(value = "/logout", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    @SameOrigin
    public HttpResponse<String> logout(HttpRequest<?> request) {
        String session = request.getCookies().findCookie(AdminSessions.COOKIE).map(c -> c.getValue()).orElse(null);
        if (session != null) {
            try {
                sessions.end(session, Instant.now());
            } catch (RuntimeException e) {
                LOG.warn("Admin sign-out not done: the session store did not answer ({})",
                        e.getClass().getSimpleName());
                return html(HttpStatus.SERVICE_UNAVAILABLE, "Not signed out: the session store did not answer; try again.");
            }
        }
        return HttpResponse.<String>seeOther(java.net.URI.create("/admin?signed-out")).cookie(cookie("", 0));
    }

    /** The analytics as JSON, for the page (session cookie) or a script (bearer token). */
    @Get(value = "/api/usage", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<UsageReport> usage(HttpRequest<?> request, @QueryValue(defaultValue = "168") int hours,
                                           @Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        Optional<MutableHttpResponse<UsageReport>> refusal = gate.refusal(request, authorization, "/admin/api/usage");
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Language language = AdminGate.pageLanguage(request);
        Map<String, String> titles = catalogs.current().items().values().stream().flatMap(java.util.List::stream)
                .collect(Collectors.toMap(CatalogItem::id, i -> i.title().in(language), (a, b) -> a));
        return HttpResponse.ok(usage.report(hours, titles::get)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private boolean loggedIn(HttpRequest<?> request) {
        return gate.loggedIn(request);
    }

    private Cookie cookie(String value, long maxAgeSeconds) {
        return Cookie.of(AdminSessions.COOKIE, value).httpOnly(true).path("/admin").maxAge(maxAgeSeconds)
                .sameSite(SameSite.Strict).secure(secureCookie);
    }

    private static MutableHttpResponse<String> html(HttpStatus status, String body) {
        return HttpResponse.<String>status(status).body(body).contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
