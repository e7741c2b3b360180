package dossier.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.Dossier;
import dossier.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dossier serve on a store of real analysed articles: every API endpoint, bad parameters, a hostile article, and a
 * user's path through the pages in headless Chromium (Debian's chromium and chromium-driver, never a download).
 * Every request goes to 127.0.0.1.
 */
@Tag("models")
class WebServerIT {
    static Path dir;
    static Store store;
    static WebServer server;
    static String base;
    static String exampleId, hostileId;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    static final String HOSTILE = """
            Council <script>window.pwned = 1;</script> meets

            Mayor Clara Jensen said on Monday that "the budget <img src=x onerror="window.pwned=2"> is final," \
            and linked to <a href="javascript:window.pwned=3">this page</a>, the council said. " onmouseover="window.pwned=4" x="
            """;

    /** A later article on two of the example's people: the story of either runs through both. */
    static final String FOLLOW_UP = """
            Greiner home after exchange

            Britney Greiner landed in Texas on Friday, a day after Russia released her in exchange for Victor Bout.
            Anthony Blinken said the talks had taken months.
            Britney Greiner and Anthony Blinken later said that the flight home had been calm.
            """;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("dossier-web");
        store = Store.open(dir.resolve("web.db").toString());
        Dossier dossier = Dossier.standard();
        String example = Files.readString(Path.of("..", "examples", "prisoner-exchange.txt"));
        var a = Dossier.readText("examples/prisoner-exchange.txt", example, LocalDate.parse("2022-07-29"));
        exampleId = a.id();
        store.add(dossier.analyze(a));
        var h = Dossier.readText("hostile.txt", HOSTILE, LocalDate.parse("2023-01-09"));
        hostileId = h.id();
        store.add(dossier.analyze(h));
        store.add(dossier.analyze(Dossier.readText("follow-up.txt", FOLLOW_UP, LocalDate.parse("2022-12-09"))));
        server = WebServer.start(store, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path, int status) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(status, r.statusCode(), path + " -> " + r.body());
        return JSON.readTree(r.body());
    }

    static long greinerId() throws Exception {
        return json("/api/entities?q=Grainer", 200).at("/items/0/id").asLong();
    }

    @Test
    void everyApiEndpoint() throws Exception {
        JsonNode found = json("/api/entities?q=" + URLEncoder.encode("Britney Greiner", StandardCharsets.UTF_8), 200);
        long id = found.at("/items/0/id").asLong();
        assertEquals(id, greinerId(), "a spelling variant finds the same entity");
        assertEquals("Britney Greiner", json("/api/entities/" + id, 200).at("/entity/name").asText());
        assertTrue(json("/api/entities/" + id + "/timeline?size=5", 200).has("items"));
        long blinken = json("/api/entities?q=Blinken", 200).at("/items/0/id").asLong();
        JsonNode quotes = json("/api/quotes?by=" + blinken + "&size=3&page=1", 200);
        assertEquals(3, quotes.get("items").size());
        assertEquals(1, quotes.get("page").asInt());
        assertTrue(quotes.get("hasMore").asBoolean());
        // Every stored quote id anchors the quote it names on the article page (search hits link to #q<id>).
        String articlePage = get("/article/" + exampleId).body();
        for (JsonNode q : json("/api/quotes?by=" + blinken + "&size=50", 200).get("items")) {
            if (!q.get("articleId").asText().equals(exampleId)) continue;
            assertTrue(articlePage.contains("id=\"q" + q.get("id").asLong() + "\" data-start=\"" + q.get("start").asInt() + "\""),
                    "quote " + q.get("id") + " at " + q.get("start"));
        }
        JsonNode record = json("/api/articles/" + exampleId, 200);
        assertEquals(exampleId, record.at("/article/id").asText());
        assertTrue(json("/api/search?q=prisoner+exchange", 200).at("/items/0/snippet").asText().contains("["));
        JsonNode openapi = json("/api/openapi.json", 200);
        assertEquals("3.0.3", openapi.get("openapi").asText());
        assertTrue(openapi.at("/paths/~1api~1quotes").isObject());
    }

    @Test
    void aJointStatementIsByEachSpeakerAndNamesThemAll() throws Exception {
        long blinken = json("/api/entities?q=Blinken", 200).at("/items/0/id").asLong();
        for (long speaker : new long[] {greinerId(), blinken}) {
            JsonNode joint = null;
            for (JsonNode q : json("/api/quotes?by=" + speaker + "&size=50", 200).get("items")) {
                if (q.get("text").asText().contains("the flight home had been calm")) joint = q;
            }
            assertTrue(joint != null, "the joint statement is among the quotes by " + speaker);
            String name = joint.get("speakerName").asText();
            assertTrue(name.contains("Greiner") && name.contains("Blinken") && name.contains(" and "), name);
            String page = get("/article/" + joint.get("articleId").asText()).body();
            assertTrue(page.contains("data-speaker=\"" + name + "\""), "the article page names both: " + name);
        }
    }

    @Test
    void theStoryRunsThroughArticlesInDateOrderWithTheEntitiesTheyShare() throws Exception {
        HttpResponse<String> r = get("/story/" + greinerId());
        assertEquals(200, r.statusCode());
        String page = r.body();
        int first = page.indexOf("2022-07-29"), second = page.indexOf("2022-12-09");
        assertTrue(first > 0 && second > first, "the July article comes before the December one");
        String earlier = page.substring(first, second), later = page.substring(second);
        assertTrue(earlier.contains(">Victor Bout</a>") && later.contains(">Victor Bout</a>"), "shared by both: shown on both");
        assertFalse(earlier.contains(">Maria Zakharova</a>"), "an entity of one article only is not shown");
        assertFalse(later.contains(">Texas</a>"), "nor in the later one");
    }

    @Test
    void badParametersAreJson400sAndUnknownIdsJson404s() throws Exception {
        for (String path : new String[] {"/api/entities", "/api/quotes?by=abc", "/api/quotes?since=yesterday",
                "/api/search?q=x&size=100000", "/api/entities/xyz", "/api/articles/not-an-id", "/api/search?q=x&page=-1"}) {
            HttpResponse<String> r = get(path);
            assertEquals(400, r.statusCode(), path);
            assertTrue(JSON.readTree(r.body()).has("error"), path);
            assertFalse(r.body().contains("Exception") || r.body().contains("at dossier."), r.body());
        }
        assertEquals(404, get("/api/entities/999999").statusCode());
        assertEquals(404, get("/api/articles/0123456789abcdef").statusCode());
        assertEquals(404, get("/entity/999999").statusCode());
    }

    @Test
    void hostileTextIsShownAsText() throws Exception {
        String page = get("/article/" + hostileId).body();
        assertFalse(page.contains("<script>window.pwned"), "no raw script from the article");
        assertFalse(page.contains("<img src=x"), "no raw tag from the article");
        assertFalse(page.contains("href=\"javascript:"), "no javascript: link");
        assertTrue(page.contains("&lt;script&gt;window.pwned = 1;&lt;/script&gt;"));
        String search = get("/?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8)).body();
        assertFalse(search.contains("<script>alert(1)"));
    }

    @Test
    void aUserFindsAPersonAndReadsWhoSaidWhatInChromium() throws Exception {
        File chromium = new File("/usr/bin/chromium"), driverBinary = new File("/usr/bin/chromedriver");
        assertTrue(chromium.canExecute() && driverBinary.canExecute(),
                "Debian's chromium and chromium-driver are needed (.ci/run installs them)");
        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("chromium"), "--window-size=1200,1400");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary)
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            browser.get(base + "/");
            WebElement box = browser.findElement(By.name("q"));
            box.sendKeys("Grainer");
            box.submit();
            WebElement person = browser.findElement(By.cssSelector("a.entity-link"));
            assertEquals("Britney Greiner", person.getText());
            person.click();
            assertEquals("Britney Greiner", browser.findElement(By.cssSelector("h1.entity-name")).getText());
            assertTrue(browser.findElement(By.cssSelector("svg.timeline")).isDisplayed());
            shot(browser, screenshots.resolve("entity.png"));
            browser.findElement(By.cssSelector("a.article-link[href='/article/" + exampleId + "']")).click();
            WebElement quote = null;
            for (WebElement q : browser.findElements(By.cssSelector("span.quote-direct, span.quote-partial"))) {
                if ("John Kirby".equals(q.getAttribute("data-speaker"))) quote = q;
            }
            assertTrue(quote != null, "a quote by Kirby is highlighted");
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", quote);
            quote.click();
            assertTrue(browser.findElement(By.id("details")).getText().startsWith("Speaker: John Kirby"),
                    browser.findElement(By.id("details")).getText());
            shot(browser, screenshots.resolve("article.png"));

            browser.get(base + "/article/" + hostileId);
            assertNull(((JavascriptExecutor) browser).executeScript("return window.pwned;"), "nothing in the article ran");
            for (WebElement q : browser.findElements(By.cssSelector(".quote"))) {
                new org.openqa.selenium.interactions.Actions(browser).moveToElement(q).perform();
            }
            assertNull(((JavascriptExecutor) browser).executeScript("return window.pwned;"), "not even on hover");
            shot(browser, screenshots.resolve("hostile.png"));
        } finally {
            browser.quit();
        }
    }

    private static void shot(WebDriver browser, Path to) throws Exception {
        Files.write(to, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
