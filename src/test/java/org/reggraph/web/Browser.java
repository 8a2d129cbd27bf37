package org.reggraph.web;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;

/**
 * One headless Chromium for a test class, started before its first test and stopped after its last; the class is
 * skipped, as {@link HeadlessChromium#start()} decides, where there is no browser. Use:
 * {@code @RegisterExtension static final Browser BROWSER = new Browser();}.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback {

    private HeadlessChromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        chromium = HeadlessChromium.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.stop();
            chromium = null;
        }
    }

    ChromeDriver driver() {
        return chromium.browser();
    }

    /** A screenshot of the page as it stands, as target/screenshots/{@code name}.png. */
    void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
