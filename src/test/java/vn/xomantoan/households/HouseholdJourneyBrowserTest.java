package vn.xomantoan.households;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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

import static org.assertj.core.api.Assertions.assertThat;

/** On a phone, the head of Xóm 1 opens the area's households, adds one and finds it typing without diacritics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HouseholdJourneyBrowserTest {

    static final String NAME = "Lã Thị Thử Nghiệm";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        driver = Browser.start();
        driver.manage().window().setSize(new Dimension(390, 844));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        jdbc.sql("DELETE FROM household_residence WHERE household_id IN (SELECT id FROM household WHERE head_name = :n)")
                .param("n", NAME).update();
        jdbc.sql("DELETE FROM household WHERE head_name = :n").param("n", NAME).update();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void areaHeadAddsAHouseholdOnAPhoneAndFindsItWithoutDiacritics() {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("thon.dinhhoa");
        driver.findElement(By.id("password")).sendKeys("Demo@123");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        driver.get(url("/households"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("households-title")));
        assertThat(driver.findElement(By.id("households-title")).getText()).isEqualTo("Hộ gia đình – Xóm 1");
        assertThat(driver.findElement(By.id("household-count")).getText()).contains("hộ đang cư trú tại ngày");
        Browser.screenshot(driver, "households-phone-list");

        driver.findElement(By.id("household-add")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("headName")));
        driver.findElement(By.id("headName")).sendKeys(NAME);
        driver.findElement(By.cssSelector("input[name='headGender'][value='FEMALE']")).click();
        driver.findElement(By.id("houseNo")).sendKeys("Số 21");
        driver.findElement(By.id("street")).sendKeys("Đường trục thôn");
        WebElement members = driver.findElement(By.id("members"));
        members.clear();
        members.sendKeys("3");
        Browser.screenshot(driver, "households-phone-form");
        WebElement save = driver.findElement(By.id("household-save"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", save);
        wait.until(ExpectedConditions.elementToBeClickable(save)).click();
        wait.until(ExpectedConditions.textToBe(By.id("household-name"), "Hộ " + NAME));
        assertThat(driver.findElement(By.id("residence-history")).getText()).contains("Xóm 1").contains("14677-001");

        driver.get(url("/households"));
        WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.sendKeys("la thi thu nghiem");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("household-count"), "1 hộ"));
        assertThat(driver.findElement(By.id("household-table")).getText()).contains(NAME).contains("Số 21, Đường trục thôn");
        Browser.screenshot(driver, "households-phone-search");
    }
}
