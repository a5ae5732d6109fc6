package vn.xomantoan.commitments;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.xomantoan.support.Browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head of Xóm 1 (Xã Định Hóa), on a phone: opens this year's campaign for the area, prints the
 * forms, ticks every household on the checklist and sees coverage reach 100%.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CommitmentJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    WebDriver driver;
    WebDriverWait wait;
    LocalDateTime started;

    @BeforeEach
    void start() {
        started = LocalDateTime.now().minusSeconds(1);
        driver = Browser.start();
        driver.manage().window().setSize(new Dimension(390, 844));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        // Leave the demo data as it was for the other tests.
        jdbc.sql("DELETE FROM commitment WHERE recorded_by = 'thon.dinhhoa' AND recorded_at >= :t").param("t", started).update();
    }

    /** On a phone the element may be below the fold: bring it to the middle of the screen first (no smooth scrolling). */
    private void click(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void areaHeadPrintsTheFormsAndTicksEveryHouseholdOnAPhone() throws Exception {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("thon.dinhhoa");
        driver.findElement(By.id("password")).sendKeys("Demo@123");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        driver.get(url("/commitments"));
        int year = LocalDate.now().getYear();
        driver.findElement(By.cssSelector("#campaign-list .campaign-item[data-year='" + year + "'][data-kind='HOUSEHOLD']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-name")));
        assertThat(driver.findElement(By.id("unit-name")).getText()).isEqualTo("Xóm 1");
        assertThat(driver.findElement(By.id("open-checklist")).getText()).isEqualTo("Đánh dấu hộ đã đăng ký");
        Browser.screenshot(driver, "commitments-area-phone");

        String pdfUrl = driver.findElement(By.id("print-forms")).getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        click(By.id("open-checklist"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tick-all")));
        assertThat(driver.findElement(By.id("checklist-summary")).getAttribute("data-percent")).isNotEqualTo("100.0");
        click(By.id("tick-all"));
        Browser.screenshot(driver, "commitments-checklist-phone");
        click(By.id("checklist-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checklist-flash")));
        wait.until(ExpectedConditions.attributeToBe(By.id("checklist-summary"), "data-percent", "100.0"));
        assertThat(driver.findElement(By.id("checklist-summary")).getText()).contains("Đã đăng ký", "(100,0%)");

        click(By.linkText("Về trang khu dân cư"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total-percent")));
        assertThat(driver.findElement(By.id("total-percent")).getText()).isEqualTo("100,0%");
        assertThat(driver.findElement(By.id("total-unsigned")).getText()).isEqualTo("0");
        Browser.screenshot(driver, "commitments-area-complete-phone");
    }
}
