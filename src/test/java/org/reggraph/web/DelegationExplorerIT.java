package org.reggraph.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reggraph.graph.fulfil.FulfilmentGraphTestBase;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delegation → fulfilment path in the explorer (headless Chromium): 土地管理法 第五十一条 delegates to 国务院, and
 * 大中型水利水电工程建设征地补偿和移民安置条例 carries it out — in the article list, in the graph (DELEGATES_TO to the
 * agency, FULFILS from the regulation) and in the delegation report.
 */
class DelegationExplorerIT extends FulfilmentGraphTestBase {

    @RegisterExtension
    static final Browser BROWSER = new Browser();
    static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = BROWSER.driver();
    }

    @Test
    void theDelegatingArticleLeadsToTheTextThatCarriesItOut() throws IOException {
        String lawId = lawId();
        browser.get(base() + "/#/document/" + enc(lawId) + "?types=DELEGATES_TO,FULFILS");
        wait(30).until(ExpectedConditions.attributeToBe(By.id("articles"), "data-complete", "true"));
        WebElement article = browser.findElement(By.cssSelector("#articles .article[aria-label='第五十一条']"));
        WebElement delegation = article.findElement(By.cssSelector("li.delegation"));
        assertThat(delegation.getAttribute("data-status")).isEqualTo("CARRIED_OUT");
        assertThat(delegation.getText()).contains("国务院", "已落实", "大中型水利水电工程建设征地补偿和移民安置条例");
        assertThat(browser.findElements(By.cssSelector("li.delegation[data-status='NOT_CARRIED_OUT']"))).isNotEmpty();

        // the graph: the law delegates to 国务院; the regulation carries the law out
        wait(30).until(d -> Boolean.TRUE.equals(js("const r = window.reggraph; return !!(r && r.cy && r.cy.edges().length > 0"
                + " && document.querySelector('.graph-side').getAttribute('aria-busy') === 'false')")));
        @SuppressWarnings("unchecked")
        List<String> edges = (List<String>) js("return window.reggraph.cy.edges().map(e => e.data('source') + ' -'"
                + " + e.data('type') + '-> ' + e.data('target'))");
        String regulation = driver.executableQuery("MATCH (d:Document {title: $t}) RETURN d.id AS id")
                .withParameters(java.util.Map.of("t", RESETTLEMENT)).execute().records().get(0).get("id").asString();
        assertThat(edges).contains(lawId + " -DELEGATES_TO-> 国务院", regulation + " -FULFILS-> " + lawId);
        BROWSER.screenshot("delegation-path");

        // follow the path to the implementing text
        delegation.findElement(By.cssSelector("a.fulfilled-by")).click();
        wait(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-title"), RESETTLEMENT));

        // the report, filtered by status
        browser.get(base() + "/#/report/delegations");
        wait(30).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#delegation-report [role=status]"), "共"));
        new Select(browser.findElement(By.id("delegation-status"))).selectByValue("CARRIED_OUT");
        wait(30).until(d -> d.getCurrentUrl().contains("status=CARRIED_OUT")
                && !d.findElements(By.cssSelector("#delegation-report tbody tr")).isEmpty());
        List<WebElement> rows = browser.findElements(By.cssSelector("#delegation-report tbody tr"));
        assertThat(rows).allSatisfy(r -> assertThat(r.getAttribute("data-status")).isEqualTo("CARRIED_OUT"));
        assertThat(rows).anySatisfy(r -> assertThat(r.getText()).contains("第五十一条", RESETTLEMENT));
        BROWSER.screenshot("delegation-report");
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
