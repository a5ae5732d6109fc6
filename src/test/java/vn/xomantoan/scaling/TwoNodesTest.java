package vn.xomantoan.scaling;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.xomantoan.XomAnToanApplication;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes of the application on two ports and one database, as behind a load balancer without
 * sticky sessions: node A is this test's server, node B a second application started next to it.
 * A user signs in on A and carries on on B with the same cookie; a job started on A is followed on B
 * and runs once. Node B starts while the test framework starts node A, so on an empty database both
 * reach the first-start loaders together; the data is loaded once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TwoNodesTest {

    static final int YEAR = LocalDate.now().getYear();
    static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    static CompletableFuture<ConfigurableApplicationContext> startingB;
    static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int portA;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** The browser's cookies for localhost; like a browser, it sends them to either port. */
    final Map<String, String> cookies = new LinkedHashMap<>();

    @BeforeAll
    static void startNodeB() {
        startingB = CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(XomAnToanApplication.class)
                .profiles("test").properties("server.port=0", "spring.main.banner-mode=off").run(),
                task -> new Thread(task, "node-b").start());
    }

    @BeforeEach
    void nodeBIsUp() {
        nodeB = startingB.join();
    }

    @AfterAll
    static void stopNodeB() {
        startingB.thenAccept(ConfigurableApplicationContext::close).exceptionally(e -> null).join();
    }

    String a(String path) {
        return "http://localhost:" + portA + path;
    }

    String b(String path) {
        return "http://localhost:" + nodeB.getEnvironment().getProperty("local.server.port") + path;
    }

    @Test
    void signedInOnOneNodeTheUserCarriesOnOnTheOther() throws Exception {
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(a("/login"))).GET());
        assertThat(loginPage.statusCode()).isEqualTo(200);
        String csrf = first(CSRF_INPUT, loginPage.body());

        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(a("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", "xa.phatdiem", "password", "Demo@123", "_csrf", csrf)))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        assertThat(cookies).containsKey("SESSION");

        // Node B knows the session that node A created: the page is served, not a redirect to the login form.
        HttpResponse<String> onB = send(HttpRequest.newBuilder(URI.create(b("/units"))).GET());
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Phạm Văn Đức");

        // Signing out on B (with the CSRF token the session holds) signs out on A as well.
        String token = first(CSRF_META, onB.body());
        HttpResponse<String> signedOut = send(HttpRequest.newBuilder(URI.create(b("/logout"))).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("_csrf", token)))));
        assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        HttpResponse<String> onA = send(HttpRequest.newBuilder(URI.create(a("/units"))).header("Accept", "text/html").GET());
        assertThat(onA.statusCode()).isEqualTo(302);
        assertThat(onA.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aJobStartedOnOneNodeIsFollowedOnTheOtherAndRunsOnce() throws Exception {
        signIn(a("/login"), "xa.phatdiem");
        String area = jdbc.sql("""
                        SELECT MAX(unit_code) FROM eval_case
                        WHERE commune_code = '14620' AND unit_kind = 'RESIDENTIAL_AREA' AND eval_year = :y""")
                .param("y", YEAR).query(String.class).single();
        long jobsBefore = jdbc.sql("SELECT COUNT(*) FROM eval_run_job").query(Long.class).single();

        // The page on B gives the CSRF token the API call on A needs (the session carries it).
        String token = first(CSRF_META, send(HttpRequest.newBuilder(URI.create(b("/units"))).GET()).body());
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(a("/api/v1/evaluations/run?unit=" + area + "&year=" + YEAR)))
                .header("X-CSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(started.statusCode()).isEqualTo(202);
        String progressUrl = JsonPath.read(started.body(), "$.progressUrl");

        String done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    HttpResponse<String> progress = send(HttpRequest.newBuilder(URI.create(b(progressUrl))).GET());
                    assertThat(progress.statusCode()).isEqualTo(200);
                    return progress.body();
                }, body -> List.of("DONE", "FAILED").contains((String) JsonPath.read(body, "$.status")));
        assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(done, "$.percent")).isEqualTo(100);
        assertThat((Integer) JsonPath.read(done, "$.units")).isEqualTo(1);
        assertThat((String) JsonPath.read(done, "$.unit")).isEqualTo(area);

        // One job row, evaluated once: its verdicts add up to the one unit, and the unit's case was evaluated.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM eval_run_job").query(Long.class).single()).isEqualTo(jobsBefore + 1);
        int met = JsonPath.read(done, "$.met");
        int notMet = JsonPath.read(done, "$.notMet");
        int incomplete = JsonPath.read(done, "$.incomplete");
        assertThat(met + notMet + incomplete).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM eval_case WHERE unit_code = :u AND eval_year = :y AND evaluated_at IS NOT NULL")
                .param("u", area).param("y", YEAR).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDataLoadedAtStartIsThereOnceWhicheverNodeStartedFirst() {
        for (String loaded : List.of("Nạp danh mục đơn vị hành chính chính thức%", "Nạp dữ liệu demo hộ gia đình%",
                "Nạp dữ liệu demo văn bản chỉ đạo%", "Nạp dữ liệu demo mô hình, điển hình%")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT' AND summary LIKE :s")
                    .param("s", loaded).query(Long.class).single()).as(loaded).isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE demo").query(Long.class).single()).isEqualTo(6);
    }

    private void signIn(String loginUrl, String username) throws IOException, InterruptedException {
        String csrf = first(CSRF_INPUT, send(HttpRequest.newBuilder(URI.create(loginUrl)).GET()).body());
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(loginUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", "Demo@123", "_csrf", csrf)))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static String form(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .toList());
    }

    private static String first(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return m.group(1);
    }
}
