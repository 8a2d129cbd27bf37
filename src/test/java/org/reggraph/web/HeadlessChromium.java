package org.reggraph.web;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Debian Chromium for the browser tests (installed by scripts/ensure-chromium.sh in pre-integration-test);
 * the tests are skipped, not failed, without it or with -DskipBrowserTests=true.
 */
record HeadlessChromium(ChromeDriverService service, ChromeDriver browser, Path profile) {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    static HeadlessChromium start() throws IOException {
        assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped (-DskipBrowserTests=true)");
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "no headless browser: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed "
                        + "(scripts/ensure-chromium.sh installs them when run as root on Debian)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER); // never let Selenium Manager download anything
        Path profile = Files.createTempDirectory("reggraph-chromium-");
        try {
            return launch(profile);
        } catch (RuntimeException e) {
            deleteProfile(profile);
            throw e;
        }
    }

    private static HeadlessChromium launch(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new HeadlessChromium(service, browser, profile);
    }

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** A screenshot of the page as it is, to target/screenshots/NAME.png. */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    void stop() {
        try {
            browser.quit();
            service.stop();
        } finally {
            deleteProfile(profile);
        }
    }

    /** Best effort: a leftover profile must not fail a test. */
    private static void deleteProfile(Path profile) {
        try {
            FileSystemUtils.deleteRecursively(profile);
        } catch (IOException e) {
            // left in the temp folder
        }
    }
}
