package vn.xomantoan.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual user of a load benchmark: its own {@link HttpClient} and cookie store, signed in through
 * the login form as a browser does (GET /login for the CSRF token, POST the form, keep the session
 * cookie), then loading pages of the application on a local port.
 */
public final class SignedInClient {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "Demo@123";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private final Duration timeout;

    private SignedInClient(HttpClient http, String base, Duration timeout) {
        this.http = http;
        this.base = base;
        this.timeout = timeout;
    }

    /** Signs {@code username} in with the demo password; fails unless the login form redirects. */
    public static SignedInClient signIn(int port, String username, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        SignedInClient client = new SignedInClient(http, "http://127.0.0.1:" + port, timeout);
        String login = client.get("/login").body();
        Matcher m = CSRF.matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(client.base + "/login")).timeout(timeout)
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + signedIn.statusCode() + " " + location);
        }
        return client;
    }

    /** GET of a path of the application (no redirects followed), the body as text. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The p-th percentile (nearest rank) of an ascending list. */
    public static long percentile(java.util.List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i));
    }
}
