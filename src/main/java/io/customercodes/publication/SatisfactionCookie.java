package io.customercodes.publication;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Marks that this browser session has answered the satisfaction question of one code: a session cookie
 * that carries nothing but the fact, valid only under the code's pages.
 */
final class SatisfactionCookie {

    private SatisfactionCookie() {
    }

    static String name(String codeKey) {
        return "satisfaction-answered-" + codeKey;
    }

    static boolean present(HttpServletRequest request, String codeKey) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> c.getName().equals(name(codeKey)));
    }

    static void set(HttpServletResponse response, String codeKey, boolean secure) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(name(codeKey), "yes")
                .path("/codes/" + codeKey).httpOnly(true).secure(secure).sameSite("Lax").build().toString());
    }
}
