package vn.xomantoan.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.xomantoan.support.Browser;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A provincial officer signs in, looks at 2016, finds Kim Tân without typing diacritics and reads its history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnitJourneyBrowserTest {

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
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

    private void signIn(String username) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("Demo@123");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-tree")));
    }

    @Test
    void provinceOfficerBrowsesNinhBinhIn2016AndFollowsKimTanToToday() {
        signIn("tinh.ninhbinh");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Đơn vị hành chính");
        assertThat(driver.findElement(By.id("count-COMMUNE")).getText()).isEqualTo("129");

        WebElement date = driver.findElement(By.id("asOf"));
        date.clear();
        date.sendKeys("15/10/2016");
        driver.findElement(By.id("as-of-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("count-DISTRICT"), "8"));
        assertThat(driver.findElement(By.id("count-COMMUNE")).getText()).isEqualTo("145");
        assertThat(driver.findElement(By.id("count-RESIDENTIAL_AREA")).getText()).isEqualTo("1.684");
        assertThat(driver.findElement(By.id("unit-tree")).getText()).contains("Tỉnh Ninh Bình");
        Browser.screenshot(driver, "units-2016");

        // Expand the province in the tree: its eight districts appear.
        driver.findElement(By.cssSelector("#unit-tree li button.toggle")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-tree"), "Huyện Kim Sơn"));
        assertThat(driver.findElement(By.id("unit-tree")).getText()).contains("Thành phố Ninh Bình", "Thành phố Tam Điệp");

        driver.findElement(By.id("q")).sendKeys("kim tan");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results .search-result a")));
        WebElement first = driver.findElement(By.cssSelector("#search-results .search-result a"));
        assertThat(first.getText()).isEqualTo("Xã Kim Tân");
        Browser.screenshot(driver, "units-search");
        first.click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-history")));
        assertThat(driver.findElement(By.id("unit-name")).getText()).isEqualTo("Xã Kim Tân");
        assertThat(driver.findElement(By.id("successor-list")).getText())
                .contains("Từ 01/07/2025, sáp nhập vào", "Xã Định Hóa");
        assertThat(driver.findElement(By.id("carried-today")).getText()).contains("Xã Định Hóa");
        assertThat(driver.findElement(By.id("unit-validity")).getText()).contains("30/06/2025");
        Browser.screenshot(driver, "unit-kim-tan");

        driver.findElement(By.linkText("Xã Định Hóa")).click();
        wait.until(ExpectedConditions.textToBe(By.id("unit-name"), "Xã Định Hóa"));
        assertThat(driver.findElement(By.id("predecessor-list")).getText()).contains("Xã Kim Tân", "Xã Văn Hải");
    }

    @Test
    void communeOfficerGetsNotFoundForAnotherCommune() {
        signIn("xa.dinhhoa");
        driver.findElement(By.id("q")).sendKeys("phat diem");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results p")));
        assertThat(driver.findElement(By.id("search-results")).getText()).doesNotContain("Phát Diệm");
    }
}
