package io.transitplanner.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import javax.sql.DataSource;
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
 * NDN scenario loaded over REST: a planner pastes his token, solves from the page and waits for the plan, reads why a
 * late or unplanned shipment is where it is, publishes after a confirmation, reads the loads on the map and the
 * schedule, closes the Hairatan crossing with a replan, runs the same closure as a what-if and compares it with the
 * published plan. Every step runs; the test fails on any SEVERE entry of the browser console (a failed request is
 * one). Waits are explicit and long (a loaded two-core machine), polling the page's own state.
 */
@QuarkusTest
class PlannerPageTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static WebDriver driver;

    @TestHTTPResource("/")
    URL root;

    @Inject
    DataSource dataSource;

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
        driver.manage().timeouts().scriptTimeout(WAIT).pageLoadTimeout(WAIT);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void shouldTakeAPlannerThroughSolvingPublishingAndAWhatIf() throws IOException, SQLException {
        Scenarios.load("/scenarios/ndn-2012.json");
        // Imports keep plans; the page is to start with none, so the plans and what-ifs of earlier tests go.
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.executeUpdate("delete from plan");
            st.executeUpdate("delete from what_if");
        }
        // A British officer submits a rush shipment no route can deliver on time: the plan has a late one to explain.
        Map<String, Object> rush = new LinkedHashMap<>();
        rush.put("reference", "GB-RUSH-1");
        rush.put("origin", "BAS");
        rush.put("destination", "HGB");
        rush.put("cargoClass", "GENERAL");
        rush.put("teu", 2);
        rush.put("weightTons", 20.0);
        rush.put("availableAt", "2012-08-20T00:00:00Z");
        rush.put("dueAt", "2012-08-20T04:00:00Z");
        rush.put("priority", 1);
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .contentType(ContentType.JSON)
                .body(rush)
                .post("/api/shipments")
                .then()
                .statusCode(201);
        int shipments = given().auth()
                .oauth2(Tokens.planner())
                .get("/api/shipments?size=1&count=true")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
        assertThat(shipments).as("shipments of the NDN scenario").isGreaterThan(50);

        driver.get(root.toString());
        waitUntil(() -> "ready".equals(attribute(By.tagName("body"), "data-features")));
        // Feature detection finds every endpoint the page uses: no view is struck through.
        assertThat(driver.findElements(By.cssSelector("nav a.disabled"))).isEmpty();
        driver.findElement(By.id("token")).sendKeys(Tokens.planner());
        driver.findElement(By.id("sign-in")).click();
        waitUntil(() -> text(By.id("who")).contains("planner"));
        checkConsole("sign in");

        // 1. Overview: no plan yet; solve from the page with a short time limit, watch it, wait for the plan.
        show("overview");
        assertThat(driver.findElements(By.id("no-plan"))).hasSize(1);
        WebElement limit = driver.findElement(By.id("time-limit"));
        limit.clear();
        limit.sendKeys("15");
        driver.findElement(By.id("solve")).click();
        waitUntil(() -> attribute(By.id("plan-summary"), "data-plan") != null);
        String plan = attribute(By.id("plan-summary"), "data-plan");
        Set<String> seen = new java.util.TreeSet<>();
        waitUntil(() -> {
            seen.add(String.valueOf(attribute(By.id("plan-summary"), "data-status")));
            return "READY".equals(attribute(By.id("plan-summary"), "data-status"));
        });
        waitReady("overview");
        assertThat(attribute(By.id("plan-summary"), "data-plan")).isEqualTo(plan);
        assertThat(text(By.id("plan-score"))).matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
        assertThat(text(By.id("kpi-shipments"))).contains(String.valueOf(shipments));
        waitUntil(() -> Integer.parseInt(Optional.ofNullable(attribute(By.id("progress-chart"), "data-points"))
                        .orElse("0"))
                > 0);
        assertThat(rows("#kpis-nation tbody tr")).isGreaterThan(1);
        assertThat(rows("#kpis-corridor tbody tr")).isGreaterThan(1);
        assertThat(text(By.id("kpis-totals"))).contains("Verifier's score");
        ran("solve plan " + plan + " from the page (15 s), seen " + seen + ", progress chart with "
                + attribute(By.id("progress-chart"), "data-points") + " points, KPIs by nation and corridor");
        checkConsole("solve");

        // 4. Shipments: the late or unplanned ones, and one's explanation.
        show("shipments");
        waitUntil(() -> rows("#shipment-list tr[data-shipment]") > 0);
        driver.findElement(By.id("filter-late")).click();
        waitUntil(() -> "true".equals(attribute(By.id("shipment-list"), "data-loaded"))
                && driver.findElements(By.cssSelector("#shipment-list tr[data-late='false']"))
                        .isEmpty());
        List<WebElement> late = driver.findElements(By.cssSelector("#shipment-list tr[data-late='true']"));
        assertThat(late).as("late or unplanned shipments of the plan").isNotEmpty();
        String status = late.get(0).getAttribute("data-status");
        late.get(0).click();
        waitUntil(() -> "true".equals(attribute(By.id("explanation"), "data-loaded")));
        assertThat(attribute(By.id("explanation"), "data-status")).isEqualTo(status);
        assertThat(text(By.id("explanation-summary"))).isNotBlank();
        assertThat(rows("#explanation-reasons li")).isGreaterThan(0);
        ran("explanation of a " + status + " shipment (" + late.size() + " late or unplanned): "
                + text(By.id("explanation-summary")));
        checkConsole("shipments");

        // 1. Overview again: publish after a confirmation.
        show("overview");
        driver.findElement(By.id("publish")).click();
        confirm();
        waitUntil(() -> "PUBLISHED".equals(attribute(By.id("plan-summary"), "data-status")));
        waitReady("overview");
        waitUntil(() -> rows("#kpis-nation tbody tr") > 1);
        ran("publish plan " + plan + " after a confirmation");
        screenshot("overview");
        checkConsole("publish");

        // 2. Network map: every node drawn, loads of the plan, closures; a node's busiest days, a lane's manifest.
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
        assertThat(text(By.id("map-status"))).contains("departures in the plan");
        List<WebElement> loadedNodes = driver.findElements(By.cssSelector("#network-map circle.node[data-peak]"));
        List<WebElement> loadedLanes = driver.findElements(By.cssSelector("#network-map path.lane[data-peak]"));
        assertThat(loadedNodes).isNotEmpty();
        assertThat(loadedLanes).isNotEmpty();
        String node = loadedNodes.get(0).getAttribute("data-node");
        click("node-" + node);
        waitUntil(() -> rows("#map-detail tr[data-node-day]") > 0);
        assertThat(text(By.id("node-peak"))).startsWith("Peak day");
        String lane = loadedLanes.get(0).getAttribute("data-lane");
        click("lane-" + lane);
        waitUntil(() -> rows("#lane-manifest tr[data-departure]") > 0);
        assertThat(text(By.id("lane-peak"))).startsWith("Peak departure");
        ran("network map with " + nodes + " nodes, " + loadedNodes.size() + " loaded nodes and "
                + loadedLanes.size() + " loaded lanes, closures marked, " + node + "'s busiest days, " + lane
                + "'s manifest (" + rows("#lane-manifest tr[data-departure]") + " departures)");
        screenshot("map");
        checkConsole("map");

        // 3. Schedule: the Gantt filled from the manifests, a shipment's legs outlined, hubs' days against limits.
        JsonPath assignments = given().auth()
                .oauth2(Tokens.planner())
                .get("/api/plans/" + plan + "/assignments?size=500")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Object delivered = assignments.get("items.find { it.delivered && it.legs.size() > 1 }.shipmentId");
        assertThat(delivered).as("a shipment with several legs").isNotNull();
        showWith("schedule", "shipment=" + delivered);
        waitUntil(() -> Integer.parseInt(Optional.ofNullable(attribute(By.id("gantt-canvas"), "data-highlighted"))
                        .orElse("0"))
                > 0);
        waitUntil(() -> Integer.parseInt(attribute(By.id("gantt-canvas"), "data-filled")) > 0);
        assertThat(Integer.parseInt(attribute(By.id("gantt-canvas"), "data-rows")))
                .isLessThan(40);
        assertThat(attribute(By.id("legs-info"), "data-legs"))
                .isEqualTo(String.valueOf(assignments
                        .getList("items.find { it.shipmentId == " + delivered + " }.legs")
                        .size()));
        assertThat(driver.findElements(By.cssSelector("#hubs svg.chart"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#hubs svg.chart rect"))).isNotEmpty();
        ran("schedule Gantt (" + attribute(By.id("gantt-canvas"), "data-bars") + " bars, "
                + attribute(By.id("gantt-canvas"), "data-filled") + " filled), shipment " + delivered + "'s "
                + attribute(By.id("legs-info"), "data-legs") + " legs outlined, "
                + driver.findElements(By.cssSelector("#hubs svg.chart")).size() + " hub charts");
        screenshot("schedule");
        checkConsole("schedule");

        // 6. Disruptions: close the Hairatan crossing for five days after the freeze window, confirmed, with a replan.
        show("disruptions");
        new Select(driver.findElement(By.id("d-kind"))).selectByValue("node");
        new Select(driver.findElement(By.id("d-target"))).selectByValue("HAI");
        setValue("d-from", "2012-08-28");
        driver.findElement(By.id("d-reason")).sendKeys("Hairatan bridge inspection");
        driver.findElement(By.id("d-replan")).click();
        driver.findElement(By.id("d-add")).click();
        confirm();
        waitUntil(() -> text(By.id("message")).contains("added"));
        waitUntil(() -> "REPLAN".equals(attribute(By.id("plan-summary"), "data-kind")));
        String replan = attribute(By.id("plan-summary"), "data-plan");
        waitUntil(() -> "READY".equals(attribute(By.id("plan-summary"), "data-status")));
        JsonPath disruptions = given().auth()
                .oauth2(Tokens.planner())
                .get("/api/disruptions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(disruptions.getList("findAll { it.node == 'HAI' }.reason")).contains("Hairatan bridge inspection");
        ran("add a disruption (close HAI for five days) after a confirmation, replan " + replan + " READY");
        checkConsole("disruption");

        // 6. The same closure as a what-if, solved from the page, then compared with the published plan.
        show("disruptions");
        new Select(driver.findElement(By.id("d-target"))).selectByValue("HAI");
        setValue("d-from", "2012-08-28");
        driver.findElement(By.id("w-name")).sendKeys("Hairatan closed");
        WebElement whatIfLimit = driver.findElement(By.id("w-limit"));
        whatIfLimit.clear();
        whatIfLimit.sendKeys("5");
        driver.findElement(By.id("w-run")).click();
        waitUntil(() -> {
            String s = attribute(By.id("w-status"), "data-status");
            return s != null && !s.equals("SOLVING") && !s.equals("DRAFT");
        });
        assertThat(attribute(By.id("w-status"), "data-status")).isEqualTo("READY");
        String whatIf = attribute(By.id("w-status"), "data-plan");
        ran("what-if " + whatIf + " solved from the page: " + text(By.id("w-status")));
        checkConsole("what-if");

        // 5. Compare: the what-if beside the published plan and the shipments that moved.
        driver.findElement(By.id("w-compare")).click();
        waitReady("compare");
        assertThat(text(By.id("moved-count"))).contains("moved");
        assertThat(text(By.cssSelector("#compare-side thead")))
                .contains("before")
                .contains("after");
        assertThat(new Select(driver.findElement(By.id("compare-a")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(whatIf);
        assertThat(new Select(driver.findElement(By.id("compare-b")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(plan);
        ran("compare what-if " + whatIf + " with published plan " + plan + ": " + text(By.id("moved-count")));
        screenshot("compare");
        checkConsole("compare");

        System.out.println("PlannerPageTest steps:");
        steps.forEach((step, outcome) -> System.out.println("  " + outcome + "  " + step));
        assertThat(severe).as("SEVERE entries of the browser console").isEmpty();
    }

    private void ran(String step) {
        steps.put(step, "RAN");
    }

    // ------------------------------------------------------------------ browser helpers

    private static int visits;

    /** Shows a view afresh (a new hash each time, so that the same view renders again) and waits until it is ready. */
    private static void show(String view) {
        showWith(view, "");
    }

    private static void showWith(String view, String query) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "location.hash = arguments[0]",
                        "#/" + view + "?v=" + visits++ + (query.isEmpty() ? "" : "&" + query));
        waitReady(view);
    }

    private static void waitReady(String view) {
        waitUntil(() -> {
            WebElement main = driver.findElement(By.id("view"));
            return view.equals(main.getAttribute("data-view")) && "true".equals(main.getAttribute("data-ready"));
        });
    }

    /** A click on an SVG element (WebDriver clicks need a box in the viewport; map elements may be small). */
    private static void click(String id) {
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).dispatchEvent(new MouseEvent('click'))", id);
    }

    private static int rows(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    private static void confirm() {
        new WebDriverWait(driver, WAIT)
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

    /** Polls the page until the condition holds, at most WAIT. */
    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT)
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
