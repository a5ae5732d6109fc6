package vn.xomantoan.activities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** On a phone-sized window, the Phát Diệm commune officer records a propaganda session at a parish church of the commune. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PropagandaSessionBrowserTest {

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
        driver.manage().window().setSize(new Dimension(390, 844));
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (created != null) {
            for (String table : new String[]{"activity_key_people", "activity_invited_unit", "activity_programme", "activity_attendee"}) {
                jdbc.sql("DELETE FROM " + table + " WHERE activity_id = :id").param("id", created).update();
            }
            jdbc.sql("DELETE FROM activity WHERE id = :id").param("id", created).update();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void communeOfficerRecordsASessionAtAParishChurchOnAPhone() {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("xa.phatdiem");
        driver.findElement(By.id("password")).sendKeys("Demo@123");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        driver.get(url("/activities"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("action-newActivity"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activity-form")));
        assertThat(new Select(driver.findElement(By.id("type"))).getFirstSelectedOption().getText()).isEqualTo("Buổi tuyên truyền");
        assertThat(driver.findElement(By.id("organiser")).getAttribute("value")).isEqualTo("14620");

        String yesterday = LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        WebElement date = driver.findElement(By.id("heldOn"));
        date.clear();
        date.sendKeys(yesterday);
        driver.findElement(By.id("title")).sendKeys("Tuyên truyền phong trào tại nhà thờ giáo xứ");
        Select place = new Select(driver.findElement(By.id("place")));
        WebElement parish = place.getOptions().stream().filter(o -> o.getText().startsWith("Nhà thờ")).findFirst().orElseThrow();
        String parishName = parish.getText();
        place.selectByVisibleText(parishName);
        driver.findElement(By.id("participants")).sendKeys("85");
        driver.findElement(By.id("women")).sendKeys("47");
        driver.findElement(By.id("respectedPersons")).sendKeys("2");
        Browser.screenshot(driver, "activity-form-phone");
        WebElement save = driver.findElement(By.id("activity-save"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", save);
        wait.until(ExpectedConditions.elementToBeClickable(save));
        save.click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activity-facts")));
        created = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/activities/(\\d+).*", "$1"));
        assertThat(driver.findElement(By.id("activity-type")).getText()).isEqualTo("Buổi tuyên truyền");
        assertThat(driver.findElement(By.id("activity-date")).getText()).isEqualTo(yesterday);
        assertThat(driver.findElement(By.id("activity-place")).getText()).contains(parishName, "Nhà thờ giáo xứ");
        assertThat(driver.findElement(By.id("activity-people")).getText()).isEqualTo("85 người, trong đó 47 nữ");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Đã ghi nhận hoạt động.");
        Browser.screenshot(driver, "activity-saved-phone");
    }
}
