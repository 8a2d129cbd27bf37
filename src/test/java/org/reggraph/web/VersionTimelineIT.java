package org.reggraph.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reggraph.api.versions.EarlierTextsTestBase;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document page of a regulation the graph holds only in late texts, in headless Chromium: its version timeline
 * opens with the day the work was first made (from the history in the text's header), marked as a text not in the graph.
 */
class VersionTimelineIT extends EarlierTextsTestBase {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Test
    void aLawKnownByOneLateTextShowsItsFirstDay() throws IOException {
        BROWSER.driver().get(base() + "/#/document/" + LAND);
        wait(15).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#versions .timeline"), "1986-06-25"));
        List<WebElement> items = BROWSER.driver().findElements(By.cssSelector("#versions .timeline li"));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).getAttribute("class")).isEqualTo("earlier");
        assertThat(items.get(0).getText()).contains("1986-06-25", "首次制定", "此前文本未收录");
        assertThat(items.get(1).getAttribute("data-version")).isEqualTo(LAND);
        assertThat(items.get(1).getAttribute("class")).contains("current", "this");
        BROWSER.screenshot("document-first-issued");
    }

    @Test
    void aRegulationAmendedLaterShowsWhenItsFirstTextTookEffect() {
        BROWSER.driver().get(base() + "/#/document/" + NURSES);
        wait(15).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#versions .timeline"), "2008-01-31"));
        assertThat(BROWSER.driver().findElement(By.cssSelector("#versions .timeline li.earlier")).getText())
                .contains("2008-01-31 首次制定", "2008-05-12 施行");
    }

    @Test
    void aRegulationWhoseOriginalIsAVersionShowsNoSuchLine() {
        BROWSER.driver().get(base() + "/#/document/" + LAND_RULES);
        wait(15).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#versions .timeline"), "1998-12-27"));
        assertThat(BROWSER.driver().findElements(By.cssSelector("#versions .timeline li.earlier"))).isEmpty();
        assertThat(BROWSER.driver().findElements(By.cssSelector("#versions .timeline li"))).hasSize(2);
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(seconds));
    }
}
