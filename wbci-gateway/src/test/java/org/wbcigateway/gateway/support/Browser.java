package org.wbcigateway.gateway.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's Chromium ({@code /usr/bin/chromium}), headless, driven by Playwright; never a downloaded browser. One
 * browser per test class; each test gets a fresh context (no cookies shared) from {@link #newPage()}.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private BrowserContext context;

    public Browser() {
        // surefire sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1, so creating Playwright never downloads a browser
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(ARGS));
    }

    /** A page in a new context; the context of the previous call is closed. */
    public Page newPage() {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900)
                .setLocale("de-DE"));
        context.setDefaultTimeout(10_000);
        return context.newPage();
    }

    /** Writes a full-page screenshot to {@code target/screenshots/<name>.png}. */
    public static Path screenshot(Page page, String name) {
        Path file = Paths.get("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
        browser.close();
        playwright.close();
    }
}
