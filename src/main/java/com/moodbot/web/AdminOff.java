package com.moodbot.web;

import io.micronaut.http.HttpResponse;

/** The admin pages' answer while MOODBOT_ADMIN_TOKEN is unset: 404, with a page that says how to turn them on. */
public final class AdminOff {

    private static final String BODY = """
              <p>The admin pages are off on this server. Whoever runs it turns them on by starting it with
                <code>MOODBOT_ADMIN_TOKEN</code> set to a secret of 16 characters or more; that secret is then what you sign in with.</p>
              <p lang="es">Las páginas de administración están desactivadas en este servidor. Quien lo gestiona las activa
                arrancándolo con <code>MOODBOT_ADMIN_TOKEN</code> (un secreto de 16 caracteres o más), que es con lo que se entra.</p>
              <p><a href="/">moodbot</a></p>""";

    private AdminOff() {
    }

    public static HttpResponse<String> page() {
        return NoticePage.notFound("en", "moodbot admin", BODY);
    }
}
