package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A customer's browser without JavaScript, from a chosen client address: it opens a page, keeps the CSRF cookie
 * and the form's hidden token, and sends the form as a browser does (application/x-www-form-urlencoded).
 */
public class PublicComplaintForm {

    private static final Pattern HIDDEN_TOKEN = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final FromAddress client;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String token;

    public PublicComplaintForm(String clientAddress, int port) {
        this.client = new FromAddress(clientAddress, port);
    }

    /** A complaint against the code's first promise, every field filled in. */
    public static Map<String, String> complaint() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("promise", "1");
        fields.put("whatHappened", "My parcel came nine days after I ordered it.");
        fields.put("remedyWanted", "The delivery charge back");
        fields.put("complainantName", "Robin Customer");
        fields.put("complainantEmail", "robin@example.test");
        fields.put("complainantPhone", "+44 20 7946 0321");
        fields.put("consentToStore", "yes");
        return fields;
    }

    /** Opens a page and keeps the CSRF token of its form, if it has one. */
    public FromAddress.Answer open(String path) {
        FromAddress.Answer page = client.get(path, cookies.isEmpty() ? Map.of() : Map.of("Cookie", cookie()));
        keepCookies(page);
        Matcher hidden = HIDDEN_TOKEN.matcher(page.body());
        if (hidden.find()) {
            token = hidden.group(1);
        }
        return page;
    }

    /** Sends the form last opened, with its CSRF token. */
    public FromAddress.Answer send(String path, Map<String, String> fields) {
        assertThat(token).as("a page with a form was opened first").isNotNull();
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token);
        return sendWithoutToken(path, withToken);
    }

    /** Sends fields as a form from another site would: without the page's CSRF token. */
    public FromAddress.Answer sendWithoutToken(String path, Map<String, String> fields) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("Accept", "text/html");
        if (!cookies.isEmpty()) {
            headers.put("Cookie", cookie());
        }
        FromAddress.Answer answer = client.post(path, headers, encoded(fields));
        keepCookies(answer);
        return answer;
    }

    /** Whether the browser holds a cookie of that name (such as the marker of a satisfaction answer). */
    public boolean hasCookie(String name) {
        return cookies.containsKey(name);
    }

    /** The cookies set so far, as the browser sends them (path and expiry aside: tests stay on one code). */
    private String cookie() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private void keepCookies(FromAddress.Answer answer) {
        answer.headers("Set-Cookie").stream().map(c -> c.split(";")[0]).filter(c -> c.contains("="))
                .forEach(c -> cookies.put(c.substring(0, c.indexOf('=')), c.substring(c.indexOf('=') + 1)));
    }

    /** Files a complaint on the code's page; returns the path the browser is sent to (the filed page). */
    public String file(String codeKey, Map<String, String> fields) {
        open("/codes/" + codeKey);
        FromAddress.Answer filed = send("/codes/" + codeKey + "/complaints", fields);
        assertThat(filed.status()).as(filed.body()).isEqualTo(303);
        return path(filed.header("Location"));
    }

    /** The private token in a filed page's or a status page's path. */
    public static String token(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public static String path(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath();
    }

    public static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
