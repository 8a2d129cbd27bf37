package org.reggraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reggraph.seeds.SeedGraphTestBase;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: the explorer page at {@code /} in headless Debian Chromium (installed by scripts/ensure-chromium.sh in
 * pre-integration-test), walking search → document → graph → agency → report.
 * The backend is the real service over the seeds as the start-up load wrote them, plus one uploaded notice that
 * still cites a repealed rule (for the report page).
 */
class ExplorerIT extends SeedGraphTestBase {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String WATER_LAW_ID = "国务院令第748号";

    @RegisterExtension
    static final Browser BROWSER = new Browser();
    static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = BROWSER.driver();
        Files.createDirectories(SCREENSHOTS);
    }

    @Test
    void searchOpenWalkTheGraphAgencyAndReport() throws Exception {
        uploadNoticeCitingARepealedRule();
        List<String> requested = new ArrayList<>();
        browser.get(base());
        waitFor(By.cssSelector("main h1"), "法规图谱");

        // search with suggestions
        WebElement input = browser.findElement(By.id("search-input"));
        input.sendKeys("地下水管理条例");
        WebElement suggestion = wait(15).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#suggestions li[data-id='" + WATER_LAW_ID + "']")));
        assertThat(suggestion.getText()).contains("地下水管理条例", "国务院令第748号");
        screenshot("search-suggestions");
        input.sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("#search-results .result-list"), "地下水管理条例");
        assertThat(hash()).isEqualTo("#/search?q=地下水管理条例");
        // each result: number, status, and a snippet with the matched part marked
        WebElement first = browser.findElement(By.cssSelector("#search-results .result-list li"));
        assertThat(first.getAttribute("data-id")).isEqualTo(WATER_LAW_ID);
        assertThat(first.findElement(By.cssSelector(".doc-number")).getText()).isEqualTo("国务院令第748号");
        assertThat(first.findElement(By.cssSelector(".badge")).getText()).isEqualTo("现行有效");
        assertThat(first.findElement(By.cssSelector(".snippet mark")).getText()).isEqualTo("地下水管理条例");
        screenshot("search");

        // open the document
        browser.findElement(By.linkText("地下水管理条例")).click();
        waitFor(By.id("doc-title"), "地下水管理条例");
        assertThat(hash()).isEqualTo("#/document/" + WATER_LAW_ID);
        String meta = browser.findElement(By.cssSelector("#document .meta")).getText();
        assertThat(meta).contains("国务院令第748号", "国务院", "2021-10-21", "2021-12-01", "现行有效", "行政法规");
        // the answer carries the first page of articles; the page loads the rest
        wait(15).until(ExpectedConditions.attributeToBe(By.id("articles"), "data-complete", "true"));
        List<WebElement> articles = browser.findElements(By.cssSelector("#articles .article"));
        assertThat(articles).hasSize(64);
        assertThat(articles.get(0).getText()).contains("第一条", "根据《中华人民共和国水法》");
        assertThat(articles.get(3).getText()).contains("第四条", "负责", "国务院水行政主管部门");
        assertThat(articles.get(63).getText()).contains("第六十四条");
        assertThat(browser.findElement(By.cssSelector("nav[aria-label^='章节目录']")).getText()).contains("第八章 附则");

        // the graph of its neighbourhood: citations, bases, amendments, repeals by default; duties one click away
        waitForGraph();
        assertThat(checkedEdgeTypes()).containsExactly("CITES", "BASED_ON", "AMENDS", "REPEALS", "PROMULGATES");
        assertThat(nodeIds()).contains(WATER_LAW_ID, "中华人民共和国水法", "取水许可和水资源费征收管理条例")
                .doesNotContain("国务院水行政主管部门", "国务院");
        assertThat(edgeTypes()).contains("BASED_ON", "CITES")
                .allMatch(t -> List.of("CITES", "BASED_ON", "AMENDS", "REPEALS", "PROMULGATES").contains(t));
        assertThat(js("return window.reggraph.cy.$id('中华人民共和国水法').data('stub')")).isEqualTo(true);
        assertThat(js("return window.reggraph.cy.$id('中华人民共和国水法').style('border-style')")).isEqualTo("dashed");
        assertThat(js("return window.reggraph.cy.$id('" + WATER_LAW_ID + "').style('border-style')")).isEqualTo("solid");
        assertThat(js("return parseFloat(window.reggraph.cy.$id('中华人民共和国水法').style('font-size'))"))
                .satisfies(size -> assertThat(((Number) size).doubleValue()).isGreaterThanOrEqualTo(14));
        assertThat(browser.findElement(By.cssSelector(".legend")).getText()).contains("仅被引用 stub", "机构");
        assertThat(browser.findElement(By.id("edge-filters")).getText()).contains("引用", "依据", "修改", "废止", "印发", "授权", "负责");
        screenshot("document-graph");
        WebElement duties = browser.findElement(By.id("toggle-duties"));
        assertThat(duties.getAttribute("aria-pressed")).isEqualTo("false");
        duties.click();
        wait(15).until(d -> graphLoaded() && nodeIds().contains("国务院水行政主管部门"));
        assertThat(edgeTypes()).contains("RESPONSIBLE_FOR", "DELEGATES_TO", "CITES");
        assertThat(checkedEdgeTypes()).contains("RESPONSIBLE_FOR", "DELEGATES_TO");
        assertThat(browser.findElement(By.id("toggle-duties")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(hash()).contains("types=CITES,BASED_ON,AMENDS,REPEALS,PROMULGATES,RESPONSIBLE_FOR,DELEGATES_TO");
        screenshot("document-graph-duties");

        // issuers and hierarchy on, expand a neighbour (国务院 → its other documents), then depth 2
        browser.findElement(By.cssSelector("#edge-filters input[value='ISSUED_BY']")).click();
        browser.findElement(By.cssSelector("#edge-filters input[value='PART_OF']")).click();
        wait(15).until(d -> graphLoaded() && nodeIds().contains("国务院"));
        assertThat(nodeIds()).doesNotContain("国务院令第744号");
        browser.findElement(By.cssSelector("#graph-node-list li[data-node-id='国务院'] button")).click();
        wait(15).until(d -> nodeIds().contains("国务院令第744号"));
        new Select(browser.findElement(By.id("graph-depth"))).selectByValue("2");
        wait(15).until(d -> nodeIds().contains("国务院住房和城乡建设主管部门"));
        assertThat(hash()).contains("depth=2");

        // filter edge types: only citations and legal bases
        browser.findElement(By.id("toggle-duties")).click();
        for (String type : List.of("ISSUED_BY", "PART_OF", "PROMULGATES", "AMENDS", "REPEALS")) {
            browser.findElement(By.cssSelector("#edge-filters input[value='" + type + "']")).click();
        }
        wait(15).until(d -> graphLoaded() && nodeIds().contains(WATER_LAW_ID) && !nodeIds().contains("国务院")
                && edgeTypes().stream().allMatch(t -> t.equals("CITES") || t.equals("BASED_ON")));
        assertThat(nodeIds()).contains(WATER_LAW_ID, "中华人民共和国水法", "中华人民共和国土壤污染防治法");
        assertThat(hash()).contains("types=CITES,BASED_ON");
        screenshot("graph-filtered");

        // click a cited document in the graph
        js("window.reggraph.cy.$id('中华人民共和国水法').emit('tap')");
        waitFor(By.id("doc-title"), "中华人民共和国水法");
        assertThat(browser.findElement(By.cssSelector(".stub-note")).getText()).contains("仅从其他文件的引用中得知");
        waitForGraph();
        assertThat(nodeIds()).contains(WATER_LAW_ID);

        // back returns to the regulation, with its graph settings from the URL
        browser.navigate().back();
        waitFor(By.id("doc-title"), "地下水管理条例");
        assertThat(hash()).contains("depth=2", "types=CITES,BASED_ON");
        assertThat(browser.findElement(By.id("graph-depth")).getAttribute("value")).isEqualTo("2");
        browser.navigate().forward();
        waitFor(By.id("doc-title"), "中华人民共和国水法");
        browser.navigate().back();
        waitFor(By.id("doc-title"), "地下水管理条例");

        // agency view from an article's responsibility
        browser.findElement(By.cssSelector("#articles .article:nth-of-type(1)")); // articles rendered
        browser.findElement(By.xpath("//section[@aria-label='第四条']//a[text()='国务院水行政主管部门']")).click();
        waitForAgency("国务院水行政主管部门");
        String agency = browser.findElement(By.id("agency")).getText();
        assertThat(agency).contains("泛称", "隶属关系", "国务院", "承担的职责", "地下水管理条例", "第四条", "第十五条");
        assertThat(hash()).isEqualTo("#/agency/国务院水行政主管部门");
        waitForGraph();
        assertThat(nodeIds()).contains("国务院", WATER_LAW_ID);
        screenshot("agency");

        // an article link opens the document scrolled to that article
        browser.findElement(By.linkText("第十五条")).click();
        waitFor(By.id("doc-title"), "地下水管理条例");
        WebElement article15 = wait(15).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#articles .article.flash[aria-label='第十五条']")));
        assertThat(article15.getText()).contains("国家建立地下水储备制度");
        assertThat(hash()).isEqualTo("#/document/" + WATER_LAW_ID + "?article=" + WATER_LAW_ID + "/第十五条");
        browser.navigate().back();
        waitForAgency("国务院水行政主管部门");

        // an agency that issues documents and whose hierarchy has children
        browser.findElement(By.cssSelector(".hierarchy a")).click();
        waitForAgency("国务院");
        assertThat(browser.findElement(By.id("agency")).getText()).contains("发布的文件", "地下水管理条例", "建设工程抗震管理条例", "财政部");
        waitForGraph();
        screenshot("agency-state-council");

        // a role name: the bodies that held it, and the one that answers on a date chosen in the form
        browser.get(base() + "#/agency/" + encode("国务院生态环境主管部门"));
        waitForAgency("国务院生态环境主管部门");
        // succession and role holders are offered as graph filters, off by default
        assertThat(browser.findElement(By.id("edge-filters")).getText()).contains("由…继承", "由…承担");
        assertThat(checkedEdgeTypes()).contains("ISSUED_BY", "PART_OF").doesNotContain("SUCCEEDED_BY", "HELD_BY");
        assertThat(browser.findElement(By.id("succession")).getText())
                .contains("承担机构", "环境保护部", "2008-03-15 — 2018-03-17", "生态环境部", "2018-03-17 — 至今");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('as-of').value = '2015-06-01'");
        browser.findElement(By.cssSelector("form.as-of button")).click();
        waitFor(By.id("holders"), "环境保护部");
        assertThat(browser.findElement(By.id("holders")).getText()).startsWith("2015-06-01").contains("当时承担");
        assertThat(hash()).isEqualTo("#/agency/国务院生态环境主管部门?asOf=2015-06-01");
        // the ministry of 2015 and its successor, with the date and the instrument of the reform
        browser.findElement(By.cssSelector("#holders a")).click();
        waitForAgency("环境保护部");
        assertThat(browser.findElement(By.id("succession")).getText()).contains("继任", "生态环境部", "2018-03-17",
                "第十三届全国人民代表大会第一次会议关于国务院机构改革方案的决定", "前身", "国家环境保护总局");
        screenshot("agency-succession");

        // a repealed document links to what replaced it
        browser.get(base() + "#/document/" + encode("财建〔2018〕578号"));
        waitFor(By.id("doc-title"), "大气污染防治专项资金管理办法");
        assertThat(browser.findElement(By.cssSelector("#doc-title .badge")).getText()).isEqualTo("已废止");
        waitFor(By.cssSelector("#replacements .replaced"), "已被取代");
        assertThat(browser.findElement(By.cssSelector("#replacements .replaced p")).getText())
                .contains("大气污染防治资金管理办法", "财资环〔2021〕46号", "印发");
        screenshot("document-repealed");
        browser.findElement(By.cssSelector("#replacements .replaced p a")).click();
        waitFor(By.cssSelector("#document .meta"), "关于印发《大气污染防治资金管理办法》的通知");
        assertThat(browser.findElement(By.cssSelector("#doc-title .badge")).getText()).isEqualTo("现行有效");

        // a full-text match shows the article it came from; nothing matched: a hint
        browser.get(base() + "#/search?q=" + encode("地下水超采"));
        waitFor(By.cssSelector("#search-results .result-list"), "地下水管理条例");
        WebElement textHit = browser.findElement(By.cssSelector("#search-results .result-list li[data-id='" + WATER_LAW_ID + "']"));
        assertThat(textHit.findElement(By.cssSelector(".snippet .matched-by")).getText()).startsWith("正文 第");
        assertThat(textHit.findElement(By.cssSelector(".snippet mark")).getText()).isEqualTo("地下水超采");
        browser.get(base() + "#/search?q=" + encode("完全不存在的文件名称"));
        waitFor(By.id("search-hint"), "没有找到匹配的文件");
        assertThat(browser.findElement(By.id("search-hint")).getText()).contains("简称", "国务院令748号");
        assertThat(browser.findElements(By.cssSelector("#search-results .result-list"))).isEmpty();
        screenshot("search-empty");

        // a revised regulation shows its version timeline: the 1998 original, then the current 2021 text
        browser.get(base() + "#/document/" + encode("国务院令第743号"));
        waitFor(By.id("doc-title"), "中华人民共和国土地管理法实施条例");
        waitFor(By.cssSelector("#versions .timeline"), "国务院令第256号");
        List<WebElement> versions = browser.findElements(By.cssSelector("#versions .timeline li"));
        assertThat(versions).extracting(v -> v.getAttribute("data-version")).containsExactly("国务院令第256号", "国务院令第743号");
        assertThat(versions.get(1).getAttribute("class")).contains("current", "this");
        assertThat(versions.get(0).getText()).contains("已被新版本取代");
        assertThat(browser.findElement(By.cssSelector("#doc-title .badge")).getText()).isEqualTo("现行有效");
        screenshot("document-versions");

        // dangling-references report
        browser.findElement(By.cssSelector(".topnav a")).click();
        waitFor(By.cssSelector("#report table"), "关于做好大气污染防治资金监督检查工作的通知");
        String report = browser.findElement(By.id("report")).getText();
        assertThat(report).contains("失效引用报告", "共 1 处", "已废止", "大气污染防治专项资金管理办法", "财建〔2018〕578号");
        assertThat(hash()).isEqualTo("#/report/dangling");
        screenshot("report-dangling");

        // suggestions work from the keyboard
        WebElement box = browser.findElement(By.id("search-input"));
        box.clear();
        box.sendKeys("国务院水行政");
        wait(15).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#suggestions li[data-type='agency'][data-id='国务院水行政主管部门']")));
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("suggestion-0");
        box.sendKeys(Keys.ENTER);
        waitForAgency("国务院水行政主管部门");

        // errors from the API are shown with their problem detail
        browser.get(base() + "#/document/" + encode("不存在的文件"));
        waitFor(By.cssSelector(".message.error"), "没有这个文件");

        // no script errors and no Content-Security-Policy violations, which the browser logs as errors too (the
        // 404 of the unknown document above is expected)
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .filteredOn(e -> e.getLevel().intValue() >= Level.SEVERE.intValue() && !e.getMessage().contains("404"))
                .isEmpty();

        // nothing was requested from any other host
        requested.addAll(requestedUrls());
        requested.addAll(resourceUrls());
        assertThat(requested).isNotEmpty().anyMatch(u -> u.contains("/api/graph")).anyMatch(u -> u.contains("cytoscape.min.js"));
        assertThat(requested).allSatisfy(url -> assertThat(url).satisfiesAnyOf(
                u -> assertThat(u).startsWith(base()), u -> assertThat(u).startsWith("data:")));
    }

    // ---- helpers ----

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String hash() {
        String url = browser.getCurrentUrl();
        int at = url.indexOf('#');
        return at < 0 ? "" : java.net.URLDecoder.decode(url.substring(at), StandardCharsets.UTF_8);
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static void waitFor(By locator, String text) {
        wait(15).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /**
     * The agency view of {@code name} rendered: its title, set in the same task that replaces the view (the heading alone
     * would match the view being left when the name is part of it, 国务院 in 国务院水行政主管部门, and the next lookup would
     * race the re-render).
     */
    private static void waitForAgency(String name) {
        wait(15).until(d -> d.getTitle().startsWith(name + " · "));
        waitFor(By.id("agency-name"), name);
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void waitForGraph() {
        wait(15).until(d -> graphLoaded());
    }

    private static boolean graphLoaded() {
        return Boolean.TRUE.equals(js(
                "const s = document.querySelector('.graph-side'); const r = window.reggraph;"
                        + "return !!(s && s.dataset.loaded && s.getAttribute('aria-busy') === 'false' && r && r.cy"
                        + " && r.cy.container() && document.body.contains(r.cy.container()) && r.cy.nodes().length > 1)"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> nodeIds() {
        return (List<String>) js("return window.reggraph.cy.nodes().map(n => n.id())");
    }

    @SuppressWarnings("unchecked")
    private static List<String> checkedEdgeTypes() {
        return (List<String>) js("return [...document.querySelectorAll('#edge-filters input:checked')].map(i => i.value)");
    }

    @SuppressWarnings("unchecked")
    private static List<String> edgeTypes() {
        return (List<String>) js("return window.reggraph.cy.edges().map(e => e.data('type'))");
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every URL our page asked for, from Chrome's DevTools network events (not the browser's own start page). */
    private List<String> requestedUrls() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")
                    && message.path("params").path("documentURL").asText().startsWith(base())) {
                urls.add(message.path("params").path("request").path("url").asText());
            }
        }
        return urls;
    }

    @SuppressWarnings("unchecked")
    private static List<String> resourceUrls() {
        return (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
    }
}
