package io.customercodes.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, never a downloaded browser. Tests skip on a machine without them,
 * unless BROWSER_REQUIRED=true (CI), where a missing browser is a failure.
 */
final class HeadlessChromium {

    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    static WebDriver start() {
        boolean installed = BROWSER.canExecute() && DRIVER.canExecute();
        if (!installed && "true".equals(System.getenv("BROWSER_REQUIRED"))) {
            fail("BROWSER_REQUIRED=true but " + BROWSER + " or " + DRIVER + " is missing");
        }
        assumeTrue(installed, "Chromium is not installed (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US",
                "--user-data-dir=" + temporaryProfile());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Keeps what the browser showed when a test failed, next to the surefire reports. */
    static void screenshot(WebDriver driver, String name) {
        if (driver instanceof ChromeDriver chrome) {
            try {
                Path dir = Files.createDirectories(Path.of("target", "screenshots"));
                Files.write(dir.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
            } catch (IOException | RuntimeException e) {
                // A missing screenshot must not hide the test's own failure.
            }
        }
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
