package io.transitplanner.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times the render of each view of the planner page in headless Chromium: the page marks the start and the end of
 * every render (Performance API, measure "view-NAME"); this reads them over several visits and prints the median and
 * the longest task the browser saw (the page must never freeze for a second). Run by bench/web-page-benchmark.sh:
 * {@code PageTimer BASE_URL TOKEN RUNS [VIEW...]}.
 */
public final class PageTimer {
    private PageTimer() {}

    public static void main(String[] args) {
        String base = args[0];
        String token = args[1];
        int runs = Integer.parseInt(args[2]);
        List<String> views = args.length > 3
                ? List.of(args).subList(3, args.length)
                : List.of("overview", "map", "schedule", "shipments", "compare", "disruptions");
        System.setProperty("webdriver.chrome.driver", executable("webdriver.chrome.driver", "chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium.binary", "chromium"));
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
        WebDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver")))
                        .usingAnyFreePort()
                        .build(),
                options);
        try {
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.get(base);
            wait(driver, Duration.ofSeconds(30), () -> "ready"
                    .equals(driver.findElement(By.tagName("body")).getAttribute("data-features")));
            driver.findElement(By.id("token")).sendKeys(token);
            driver.findElement(By.id("sign-in")).click();
            // Long tasks (over 50 ms) of the whole session, from here on.
            js.executeScript("window.__longTasks = [];"
                    + "new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries().map((e) => e.duration)))"
                    + ".observe({ type: 'longtask', buffered: true });");
            System.out.printf(
                    "%-12s %6s %10s %10s %10s %14s%n", "view", "runs", "median ms", "min ms", "max ms", "longest task");
            int visit = 0;
            for (String view : views) {
                List<Double> times = new ArrayList<>();
                js.executeScript("window.__longTasks = [];");
                for (int run = 0; run < runs; run++) {
                    js.executeScript(
                            "performance.clearMeasures(); location.hash = arguments[0]",
                            "#/" + view + "?run=" + visit++);
                    wait(driver, Duration.ofSeconds(300), () -> {
                        WebElement main = driver.findElement(By.id("view"));
                        return view.equals(main.getAttribute("data-view"))
                                && "true".equals(main.getAttribute("data-ready"));
                    });
                    Object measured = js.executeScript(
                            "const m = performance.getEntriesByName('view-' + arguments[0], 'measure');"
                                    + " return m.length ? m[m.length - 1].duration : null;",
                            view);
                    if (measured == null) {
                        break; // the view is not offered by this service: nothing was rendered
                    }
                    times.add(((Number) measured).doubleValue());
                }
                // let the last render's follow-up work (canvas frames, lazy reads) finish before reading long tasks
                js.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 1500)");
                Object longest = js.executeScript("return Math.max(0, ...window.__longTasks)");
                if (times.isEmpty()) {
                    System.out.printf("%-12s %6s %s%n", view, "-", "not offered by this service yet");
                    continue;
                }
                List<Double> sorted = times.stream().sorted().toList();
                double median = sorted.size() % 2 == 1
                        ? sorted.get(sorted.size() / 2)
                        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
                System.out.printf(
                        "%-12s %6d %10.1f %10.1f %10.1f %11.1f ms%n",
                        view,
                        sorted.size(),
                        median,
                        sorted.get(0),
                        sorted.get(sorted.size() - 1),
                        ((Number) longest).doubleValue());
            }
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                    System.out.println("console " + entry.getLevel() + ": " + entry.getMessage());
                }
            }
        } finally {
            driver.quit();
        }
    }

    private static void wait(WebDriver driver, Duration timeout, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, timeout)
                .pollingEvery(Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static String executable(String property, String name) {
        String named = System.getProperty(property);
        if (named != null) {
            return named;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        throw new IllegalStateException(name + " not found on the PATH (apt-get install chromium chromium-driver)");
    }
}
