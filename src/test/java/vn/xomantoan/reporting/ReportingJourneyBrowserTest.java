package vn.xomantoan.reporting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.xomantoan.support.Browser;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province officer opens the dashboard of today's Ninh Bình (129 communes on the schematic map),
 * switches to the first year of the movement, follows a number to its records, then writes and
 * generates the review report and gets its download links.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportingJourneyBrowserTest {

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(120));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void click(By by) {
        WebElement e = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        e.click();
    }

    @Test
    void dashboardThenReviewReport() {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("tinh.ninhbinh");
        driver.findElement(By.id("password")).sendKeys("Demo@123");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));

        driver.findElement(By.cssSelector("a.nav-link[href='/reporting']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts", "ready"));
        int year = LocalDate.now().getYear();
        assertThat(driver.findElement(By.id("dashboard-title")).getText()).contains("01/01/" + year, "31/12/" + year);
        assertThat(driver.findElements(By.cssSelector("#children-table tbody tr"))).hasSize(129);
        // The schematic map draws one tile per commune (SVG renderer: one path per tile at least).
        Long tiles = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('#chart-map svg path').length;");
        assertThat(tiles).isGreaterThanOrEqualTo(129);
        assertThat(driver.findElement(By.id("fig-evaluation-recognisedAreasPercent")).getText()).contains("chưa có dữ liệu");
        Browser.screenshot(driver, "reporting-dashboard");

        WebElement from = driver.findElement(By.id("from"));
        from.clear();
        from.sendKeys("01/05/2015");
        WebElement to = driver.findElement(By.id("to"));
        to.clear();
        to.sendKeys("31/10/2016");
        driver.findElement(By.id("asOf")).clear();
        click(By.id("dashboard-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard-title"), "31/10/2016"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts", "ready"));
        assertThat(driver.findElements(By.cssSelector("#children-table tbody tr"))).hasSize(8);
        assertThat(driver.findElement(By.cssSelector("#fig-units-residentialAreas .figure")).getText()).isEqualTo("1.684");
        assertThat(driver.findElement(By.cssSelector("#fig-activities-PROPAGANDA_SESSION .figure")).getText()).isEqualTo("150");
        Browser.screenshot(driver, "reporting-dashboard-2015-2016");

        click(By.cssSelector("#fig-activities-SEMINAR .figure a"));
        wait.until(ExpectedConditions.urlContains("/activities"));
        assertThat(driver.getPageSource()).contains("19");
        driver.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-report")));

        click(By.id("new-report"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
        assertThat(driver.findElement(By.id("issuingBody")).getAttribute("value")).isEqualTo("CÔNG AN TỈNH NINH BÌNH");
        driver.findElement(By.id("number")).sendKeys("125/BC-CAT");
        driver.findElement(By.id("lessons")).sendKeys("Lấy khu dân cư làm địa bàn, người dân làm chủ thể.");
        click(By.id("save-report"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("generate")));
        click(By.id("generate"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("download-docx")));
        assertThat(driver.findElement(By.id("download-pdf")).getAttribute("href")).endsWith("/pdf");
        assertThat(driver.findElement(By.id("lessons")).getText()).contains("người dân làm chủ thể");
        Browser.screenshot(driver, "reporting-review-report");
    }
}
