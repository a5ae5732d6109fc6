package vn.xomantoan.evaluation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.xomantoan.support.Browser;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune officer opens this year's board, runs the evaluation, opens a residential area's case
 * and records a human criterion with its grounds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvaluationJourneyBrowserTest {

    static final int YEAR = LocalDate.now().getYear();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        jdbc.sql("""
                        DELETE FROM eval_answer WHERE criterion_code = 'KDC-2' AND answered_by = 'xa.dinhhoa'
                        AND case_id = (SELECT id FROM eval_case WHERE unit_code = '14677-001' AND eval_year = :y)""")
                .param("y", YEAR).update();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void communeOfficerRunsTheEvaluationAndRecordsAHumanCriterion() {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("xa.dinhhoa");
        driver.findElement(By.id("password")).sendKeys("Demo@123");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-tree")));

        driver.get(url("/evaluation"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board-title")));
        assertThat(driver.findElement(By.id("board-title")).getText()).contains("Xã Định Hóa", String.valueOf(YEAR));
        assertThat(driver.findElement(By.id("area-board")).getText()).contains("KDC-1a", "KDC-4b", "Xóm 1");
        Browser.screenshot(driver, "evaluation-board-before");

        driver.findElement(By.id("run-evaluation")).click();
        // The run is a job: its page follows the progress until the verdict counts show.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("job-title")));
        assertThat(driver.findElement(By.id("job-title")).getText()).contains("Xã Định Hóa", String.valueOf(YEAR));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-result"), "Đã đánh giá"));
        assertThat(driver.findElement(By.id("run-result")).getText()).contains("chưa đủ căn cứ");
        assertThat(driver.findElement(By.id("run-bar")).getText()).isEqualTo("100%");
        Browser.screenshot(driver, "evaluation-run-done");
        driver.findElement(By.id("run-back")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board-title")));
        Browser.screenshot(driver, "evaluation-board-after-run");

        assertThat(driver.findElement(By.id("row-14677-001")).getText()).contains("Xóm 1", "Đ", "?");
        WebElement caseLink = driver.findElement(By.cssSelector("#row-14677-001 a.case-link"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", caseLink);
        wait.until(ExpectedConditions.elementToBeClickable(caseLink)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-title")));
        assertThat(driver.findElement(By.id("case-title")).getText()).contains("Xóm 1", String.valueOf(YEAR));
        assertThat(driver.findElement(By.id("criterion-KDC-4c-3")).getText()).contains("Tiêu chí do người có thẩm quyền đánh giá");
        WebElement kdc1b = driver.findElement(By.id("criterion-KDC-1b"));
        assertThat(kdc1b.getText()).contains("Đã đăng ký ngày");

        WebElement kdc2 = driver.findElement(By.id("criterion-KDC-2"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", kdc2);
        wait.until(ExpectedConditions.elementToBeClickable(kdc2.findElement(By.tagName("summary")))).click();
        wait.until(ExpectedConditions.attributeToBeNotEmpty(kdc2.findElement(By.tagName("details")), "open"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("verdict-KDC-2-MET")));
        driver.findElement(By.id("verdict-KDC-2-MET")).click();
        driver.findElement(By.id("note-KDC-2")).sendKeys("Biên bản họp khu dân cư ngày 03/11: chấp hành tốt chủ trương, pháp luật.");
        WebElement save = driver.findElement(By.id("save-KDC-2"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", save);
        save.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .alert-success"), "KDC-2"));
        assertThat(driver.findElement(By.cssSelector("#criterion-KDC-2 .answer")).getText())
                .contains("xa.dinhhoa", "Đạt", "Biên bản họp khu dân cư ngày 03/11");
        Browser.screenshot(driver, "evaluation-case-answered");
    }
}
