package vn.xomantoan.incidents;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.xomantoan.support.Browser;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A commune officer records an incident; a province officer reads the year's table by district (2016) and by commune (today). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IncidentJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    WebDriver driver;
    WebDriverWait wait;
    Long created;

    @BeforeEach
    void start() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (created != null) {
            jdbc.sql("DELETE FROM incident WHERE id = :id").param("id", created).update();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("Demo@123");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
    }

    @Test
    void aCommuneOfficerRecordsAnIncidentAndTheProvinceReadsTheTables() {
        signIn("xa.dinhhoa");
        driver.get(url("/incidents"));
        driver.findElement(By.id("new-incident")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-form")));
        assertThat(driver.findElement(By.id("occurredOn")).getAttribute("value")).matches("\\d{2}/\\d{2}/\\d{4}");
        driver.findElement(By.id("placeQuery")).sendKeys("xom 1");
        Browser.screenshot(driver, "incident-place-typed");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#place-results .place-option")));
        List<WebElement> options = driver.findElements(By.cssSelector("#place-results .place-option"));
        options.stream().filter(o -> o.getText().startsWith("Xóm 1 – Xã Định Hóa")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("place-selected"), "Xóm 1"));
        new Select(driver.findElement(By.id("category"))).selectByValue("CRIME");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("penalArticle")));
        new Select(driver.findElement(By.id("subcategory"))).selectByValue("CRIME_THEFT");
        driver.findElement(By.id("penalArticle")).sendKeys("173");
        driver.findElement(By.id("penalClause")).sendKeys("1");
        driver.findElement(By.id("summary")).sendKeys("Trộm cắp một xe máy trước cửa nhà văn hóa xóm");
        Browser.screenshot(driver, "incident-form");
        WebElement save = driver.findElement(By.id("incident-save"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", save);
        save.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-detail")));
        assertThat(driver.findElement(By.id("incident-place")).getText()).contains("Xóm 1", "Xã Định Hóa");
        assertThat(driver.findElement(By.id("incident-penal")).getText()).contains("Ít nghiêm trọng");
        created = Long.valueOf(driver.getCurrentUrl().replaceAll(".*/incidents/(\\d+).*", "$1"));

        signIn("tinh.ninhbinh");
        driver.get(url("/incidents/stats?unit=37&from=01/01/2016&to=31/12/2016"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stats-table")));
        List<WebElement> districts = driver.findElements(By.cssSelector("#stats-table tbody tr"));
        assertThat(districts).hasSize(8);
        assertThat(driver.findElement(By.id("stats-table")).getText()).contains("Huyện Kim Sơn", "Cùng kỳ năm trước");
        Browser.screenshot(driver, "incident-stats-2016");

        WebElement from = driver.findElement(By.id("from"));
        from.clear();
        from.sendKeys("01/01/2026");
        WebElement to = driver.findElement(By.id("to"));
        to.clear();
        to.sendKeys("31/12/2026");
        driver.findElement(By.id("stats-submit")).click();
        wait.until(d -> d.findElements(By.cssSelector("#stats-table tbody tr")).size() == 129);
        WebElement dinhHoa = driver.findElement(By.cssSelector("#stats-table tbody tr[data-code='14677']"));
        assertThat(dinhHoa.getText()).contains("Xã Định Hóa");
        Browser.screenshot(driver, "incident-stats-today");
        WebElement number = dinhHoa.findElement(By.className("stat-current"));
        String count = number.getText();
        driver.get(number.getAttribute("href"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-table")));
        assertThat(driver.findElement(By.id("result-count")).getText()).endsWith(count + " bản ghi");
        assertThat(driver.findElement(By.id("incident-table")).getText()).contains("Xóm 1");
    }
}
