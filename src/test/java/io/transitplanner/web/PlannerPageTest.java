package io.transitplanner.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The planner's page in headless Chromium (the system browser and its system driver, never downloaded ones), on the
 * NDN scenario loaded over REST: a planner pastes his token, solves, reads why a shipment is late or unplanned,
 * publishes, closes a crossing, runs a what-if and compares. Each step that needs an endpoint the service does not
 * offer yet (read from its OpenAPI document, as the page itself does) is skipped with a message saying which; the
 * test fails on any SEVERE entry of the browser console.
 */
@QuarkusTest
class PlannerPageTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration SOLVE_WAIT = Duration.ofSeconds(120);
    private static WebDriver driver;

    @TestHTTPResource("/")
    URL root;

    private final Map<String, String> steps = new LinkedHashMap<>();
    private final List<String> severe = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        Optional<Path> chromium = binary("chromium.binary", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = binary("webdriver.chrome.driver", "chromedriver");
        assumeTrue(
                chromium.isPresent() && chromedriver.isPresent(),
                "no chromium/chromedriver binary found (apt-get install chromium chromium-driver): the browser test"
                        + " is skipped");
        // A driver named here switches Selenium Manager off: nothing is downloaded.
        System.setProperty("webdriver.chrome.driver", chromedriver.get().toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void shouldTakeAPlannerThroughSolvingPublishingAndAWhatIf() throws IOException {
        Scenarios.load("/scenarios/ndn-2012.json");
        Set<String> api = operations();

        driver.get(root.toString());
        waitUntil(Duration.ofSeconds(20), () -> "ready".equals(attribute(By.tagName("body"), "data-features")));
        driver.findElement(By.id("token")).sendKeys(Tokens.planner());
        driver.findElement(By.id("sign-in")).click();
        waitUntil(Duration.ofSeconds(10), () -> text(By.id("who")).contains("planner"));
        checkConsole("sign in");

        // 1. Overview: solve from the page, watch the progress, wait for the plan.
        show("overview");
        if (has(api, "POST /api/plans", "GET /api/plans", "GET /api/plans/{}")) {
            WebElement limit = driver.findElement(By.id("time-limit"));
            limit.clear();
            limit.sendKeys("5");
            driver.findElement(By.id("solve")).click();
            waitUntil(
                    Duration.ofSeconds(20),
                    () -> driver.findElements(By.id("plan-summary")).size() == 1);
            String plan = attribute(By.id("plan-summary"), "data-plan");
            waitUntil(SOLVE_WAIT, () -> !Set.of("SOLVING", "DRAFT").contains(planStatus(plan)));
            show("overview");
            assertThat(attribute(By.id("plan-summary"), "data-status")).isEqualTo("READY");
            assertThat(text(By.id("plan-score"))).isNotBlank();
            ran("solve from the page and wait for the plan " + plan);
        } else {
            skip("solve from the page", api, "POST /api/plans", "GET /api/plans", "GET /api/plans/{}");
            assertThat(driver.findElements(By.cssSelector("#view .note.missing")))
                    .isNotEmpty();
            assertThat(text(By.id("live-counts"))).contains("submitted");
        }
        screenshot("overview");
        checkConsole("overview");

        // 4. Shipments: a late or unplanned shipment's explanation (today: the live list and a shipment's details).
        show("shipments");
        waitUntil(
                Duration.ofSeconds(10),
                () -> driver.findElements(By.cssSelector("#shipment-list tr[data-shipment]"))
                                .size()
                        > 0);
        if (has(api, "GET /api/plans/{}/assignments", "GET /api/plans/{}/shipments/{}/explanation")) {
            driver.findElement(By.id("filter-late")).click();
            waitUntil(Duration.ofSeconds(10), () -> driver.findElements(
                            By.cssSelector("#shipment-list tr[data-late='false']"))
                    .isEmpty());
            List<WebElement> late = driver.findElements(By.cssSelector("#shipment-list tr[data-late='true']"));
            if (late.isEmpty()) {
                steps.put("explanation of a late or unplanned shipment", "SKIPPED: the plan has none");
            } else {
                late.get(0).click();
                waitUntil(Duration.ofSeconds(10), () -> "true".equals(attribute(By.id("explanation"), "data-loaded")));
                assertThat(text(By.id("explanation-summary"))).isNotBlank();
                ran("explanation of a late or unplanned shipment");
            }
        } else {
            skip(
                    "explanation of a late or unplanned shipment",
                    api,
                    "GET /api/plans/{}/assignments",
                    "GET /api/plans/{}/shipments/{}/explanation");
            driver.findElements(By.cssSelector("#shipment-list tr[data-shipment]"))
                    .get(0)
                    .click();
            waitUntil(Duration.ofSeconds(10), () -> text(By.id("shipment-eta")).contains("due"));
            ran("live shipments list and one shipment's details (the fallback before plans)");
        }
        checkConsole("shipments");

        // 1. Overview again: publish after a confirmation.
        if (has(api, "POST /api/plans/{}/publish", "GET /api/plans")) {
            show("overview");
            driver.findElement(By.id("publish")).click();
            confirm();
            waitUntil(Duration.ofSeconds(20), () -> {
                show("overview");
                return "PUBLISHED".equals(attribute(By.id("plan-summary"), "data-status"));
            });
            ran("publish after a confirmation");
        } else {
            skip("publish", api, "POST /api/plans/{}/publish", "GET /api/plans");
        }
        checkConsole("publish");

        // 2. Network map: every node drawn, a click shows its details.
        show("map");
        int nodes = given().auth()
                .oauth2(Tokens.planner())
                .get("/api/nodes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$")
                .size();
        assertThat(driver.findElements(By.cssSelector("#network-map circle.node")))
                .hasSize(nodes);
        assertThat(driver.findElements(By.cssSelector("#network-map path.land")).size())
                .isGreaterThan(20);
        assertThat(driver.findElements(By.cssSelector("#network-map [data-closed]")))
                .isNotEmpty();
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById('node-ULY').dispatchEvent(new MouseEvent('click'))");
        waitUntil(Duration.ofSeconds(10), () -> text(By.cssSelector("#map-detail h2"))
                .contains("ULY"));
        ran("network map with " + nodes + " nodes, closures marked, a node's details"
                + (has(api, "GET /api/plans/{}/manifests", "GET /api/plans/{}/node-days")
                        ? " and loads of the plan"
                        : " (loads skipped: no /manifests, /node-days yet)"));
        screenshot("map");
        checkConsole("map");

        // 3. Schedule: lane departures drawn on the canvas, only the visible rows.
        show("schedule");
        setValue("window-from", "2012-09-03");
        waitUntil(Duration.ofSeconds(10), () -> Integer.parseInt(attribute(By.id("gantt-canvas"), "data-bars")) > 0);
        assertThat(Integer.parseInt(attribute(By.id("gantt-canvas"), "data-rows")))
                .isLessThan(40);
        ran("schedule Gantt (" + attribute(By.id("gantt-canvas"), "data-bars") + " bars in the window)");
        screenshot("schedule");
        checkConsole("schedule");

        // 6. Disruptions: close a border crossing for five days, confirmed; then the same as a what-if.
        show("disruptions");
        new Select(driver.findElement(By.id("d-kind"))).selectByValue("node");
        new Select(driver.findElement(By.id("d-target"))).selectByValue("HAI");
        setValue("d-from", "2012-09-10");
        driver.findElement(By.id("d-reason")).sendKeys("Hairatan bridge inspection");
        driver.findElement(By.id("d-add")).click();
        confirm();
        waitUntil(Duration.ofSeconds(10), () -> text(By.id("message")).contains("added"));
        JsonPath disruptions = given().auth()
                .oauth2(Tokens.planner())
                .get("/api/disruptions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(disruptions.getList("findAll { it.node == 'HAI' }.reason")).contains("Hairatan bridge inspection");
        ran("add a disruption (close HAI for five days) after a confirmation");
        checkConsole("disruption");

        String compareHash = null;
        if (has(api, "POST /api/what-ifs", "POST /api/what-ifs/{}/solve", "GET /api/plans/{}")) {
            show("disruptions");
            new Select(driver.findElement(By.id("d-target"))).selectByValue("HAI");
            setValue("d-from", "2012-09-10");
            driver.findElement(By.id("w-name")).sendKeys("Hairatan closed");
            driver.findElement(By.id("w-run")).click();
            waitUntil(SOLVE_WAIT, () -> {
                String status = attribute(By.id("w-status"), "data-status");
                return status != null && !status.equals("SOLVING");
            });
            assertThat(attribute(By.id("w-status"), "data-status")).isEqualTo("READY");
            ran("what-if solved from the page");
            List<WebElement> link = driver.findElements(By.id("w-compare"));
            if (!link.isEmpty()) {
                compareHash = link.get(0).getAttribute("href").replaceAll("^[^#]*", "");
            }
        } else {
            skip("what-if", api, "POST /api/what-ifs", "POST /api/what-ifs/{}/solve");
        }
        checkConsole("what-if");

        // 5. Compare: two versions side by side and the shipments that moved.
        if (has(api, "GET /api/plans/{}/diff", "GET /api/plans") && compareHash != null) {
            ((JavascriptExecutor) driver).executeScript("location.hash = arguments[0]", compareHash);
            waitReady("compare");
            assertThat(text(By.id("moved-count"))).contains("moved");
            ran("compare the what-if with the published plan");
        } else {
            skip("compare", api, "GET /api/plans/{}/diff", "POST /api/what-ifs");
            show("compare");
        }
        screenshot("compare");
        checkConsole("compare");

        System.out.println("PlannerPageTest steps:");
        steps.forEach((step, outcome) -> System.out.println("  " + outcome + "  " + step));
        assertThat(severe).as("SEVERE entries of the browser console").isEmpty();
    }

    // ------------------------------------------------------------------ steps and features

    private void ran(String step) {
        steps.put(step, "RAN    ");
    }

    private void skip(String step, Set<String> api, String... endpoints) {
        String missing = Stream.of(endpoints).filter(e -> !api.contains(e)).collect(Collectors.joining(", "));
        String message = "SKIPPED: the service does not offer " + missing + " yet";
        steps.put(step, message);
        System.out.println("PlannerPageTest: " + step + " " + message);
    }

    private static boolean has(Set<String> api, String... endpoints) {
        return Stream.of(endpoints).allMatch(api::contains);
    }

    /** "METHOD /path/{}" of every operation of the OpenAPI document: the rule of the page's features.js. */
    private static Set<String> operations() {
        Map<String, Map<String, Object>> paths = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        return paths.entrySet().stream()
                .flatMap(p -> p.getValue().keySet().stream()
                        .filter(m ->
                                Set.of("get", "post", "put", "patch", "delete").contains(m))
                        .map(m -> m.toUpperCase() + " "
                                + p.getKey().replaceAll("\\{[^}]*}", "{}").replaceAll("/+$", "")))
                .collect(Collectors.toSet());
    }

    private static String planStatus(String id) {
        return given().auth()
                .oauth2(Tokens.planner())
                .get("/api/plans/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    // ------------------------------------------------------------------ browser helpers

    private static int visits;

    /** Shows a view afresh (a new hash each time, so that the same view renders again) and waits until it is ready. */
    private static void show(String view) {
        ((JavascriptExecutor) driver).executeScript("location.hash = arguments[0]", "#/" + view + "?v=" + visits++);
        waitReady(view);
    }

    private static void waitReady(String view) {
        waitUntil(Duration.ofSeconds(30), () -> {
            WebElement main = driver.findElement(By.id("view"));
            return view.equals(main.getAttribute("data-view")) && "true".equals(main.getAttribute("data-ready"));
        });
    }

    private static void confirm() {
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(ExpectedConditions.elementToBeClickable(By.id("confirm-ok")))
                .click();
    }

    private static void setValue(String id, String value) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                                + " e.dispatchEvent(new Event('change'));",
                        id,
                        value);
    }

    private static String attribute(By by, String name) {
        List<WebElement> found = driver.findElements(by);
        return found.isEmpty() ? null : found.get(0).getAttribute(name);
    }

    private static String text(By by) {
        List<WebElement> found = driver.findElements(by);
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static void waitUntil(Duration timeout, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, timeout)
                .pollingEvery(Duration.ofMillis(200))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private void checkConsole(String step) {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(step + ": " + entry.getMessage());
            }
        }
        assertThat(severe).as("SEVERE entries of the browser console").isEmpty();
    }

    private static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A binary named by a system property, else the first of the names found on the PATH. */
    private static Optional<Path> binary(String property, String... names) {
        String named = System.getProperty(property);
        if (named != null && Files.isExecutable(Path.of(named))) {
            return Optional.of(Path.of(named));
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
