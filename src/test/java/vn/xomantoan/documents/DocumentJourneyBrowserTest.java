package vn.xomantoan.documents;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** On a phone-sized window, Định Hóa's commune officer records a plan with its PDF, based on the province's Plan 36. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    WebDriver driver;
    WebDriverWait wait;
    Long created;
    Path pdf;

    @BeforeEach
    void start() throws Exception {
        driver = Browser.start();
        driver.manage().window().setSize(new Dimension(390, 844));
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        pdf = Files.createTempFile("ke-hoach-", ".pdf");
        Files.write(pdf, DocumentFormsTest.PDF);
    }

    @AfterEach
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (created != null) {
            jdbc.sql("DELETE FROM attachment WHERE owner_type = 'DOCUMENT' AND owner_id = :id").param("id", created).update();
            for (String table : new String[]{"document_basis", "document_activity", "document_unit"}) {
                jdbc.sql("DELETE FROM " + table + " WHERE document_id = :id").param("id", created).update();
            }
            jdbc.sql("DELETE FROM document WHERE id = :id").param("id", created).update();
        }
        if (pdf != null) {
            Files.deleteIfExists(pdf);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void click(By by) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        wait.until(ExpectedConditions.elementToBeClickable(e)).click();
    }

    @Test
    void communeOfficerRecordsAPlanWithItsPdfOnAPhone() {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("xa.dinhhoa");
        driver.findElement(By.id("password")).sendKeys("Demo@123");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        driver.get(url("/documents"));
        click(By.id("action-new"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-form")));
        assertThat(driver.findElement(By.id("form-heading")).getText()).isEqualTo("Ghi nhận văn bản");
        assertThat(driver.findElement(By.id("unit")).getAttribute("value")).isEqualTo("14677");

        String yesterday = LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        driver.findElement(By.id("number")).sendKeys("21/KH-UBND");
        new Select(driver.findElement(By.id("type"))).selectByVisibleText("Kế hoạch");
        WebElement date = driver.findElement(By.id("issuedOn"));
        date.clear();
        date.sendKeys(yesterday);
        driver.findElement(By.id("issuer")).sendKeys("Ủy ban nhân dân xã Định Hóa");
        driver.findElement(By.id("basis")).sendKeys("36/KH-CAT");
        driver.findElement(By.id("summary")).sendKeys("Kế hoạch tuần tra, bảo vệ an ninh trật tự dịp Tết");
        driver.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        Browser.screenshot(driver, "document-form-phone");
        click(By.id("ledger-save"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document-number")));
        created = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/documents/(\\d+).*", "$1"));
        assertThat(driver.findElement(By.id("document-number")).getText()).isEqualTo("Kế hoạch 21/KH-UBND");
        assertThat(driver.findElement(By.id("document-basis")).getText()).contains("36/KH-CAT");
        assertThat(driver.findElement(By.id("attachment-list")).getText()).contains(pdf.getFileName().toString());
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Đã lưu.");
        assertThat(jdbc.sql("SELECT media_type FROM attachment WHERE owner_type = 'DOCUMENT' AND owner_id = :id").param("id", created)
                .query(String.class).single()).isEqualTo("application/pdf");
        Browser.screenshot(driver, "document-saved-phone");

        // The province's plan it is based on opens read-only.
        click(By.linkText("36/KH-CAT"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("read-only-note")));
        assertThat(driver.findElements(By.id("document-edit"))).isEmpty();
    }
}
