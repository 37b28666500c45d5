package io.customercodes.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a user does in Tasklist, step by step, in headless Chromium. */
final class TasklistInBrowser implements AutoCloseable {

    final WebDriver browser = HeadlessChromium.start();
    final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    private final int port;

    TasklistInBrowser(int port) {
        this.port = port;
    }

    /** Signs in, picks the filter, opens the task of this code and claims it. */
    void openTask(String user, String filter, String taskNameStart, String codeKey) {
        openLoginPage();
        logIn(user, user);
        click(By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())='" + filter + "']"));
        click(By.xpath("//*[contains(@class,'tasks-list')]//*[starts-with(normalize-space(text()),'" + taskNameStart
                + "') and contains(text(),'" + codeKey + "')]"));
        By claim = By.xpath("//*[contains(@class,'task-details')]//button[normalize-space(.)='Claim']"
                + " | //*[contains(@class,'task-details')]//a[normalize-space(.)='Claim']");
        click(claim);
        // Tasklist renders the form anew once the claim is through; what is typed before that is lost.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".disabled-form"), 0));
        By form = By.cssSelector(".fjs-container .fjs-form");
        WebElement before = wait.until(ExpectedConditions.presenceOfElementLocated(form));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(3)).until(ExpectedConditions.stalenessOf(before));
        } catch (TimeoutException notRenderedAgain) {
            // The form stayed as it was: nothing to wait for.
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(form));
    }

    /** Types into the text field, number or text area under this label (required fields' asterisk aside). */
    void type(String label, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(labelled(label)
                + "/following::*[self::input or self::textarea][1]"))).sendKeys(text);
    }

    /** The nth input or text area under this label (1 = first): dynamic lists repeat their labels. */
    WebElement field(String label, int nth) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath("(" + labelled(label)
                + "/following::*[self::input or self::textarea][1])[" + nth + "]")));
    }

    /**
     * Clicks into the field and types one key at a time, as a person does: the next field is clicked
     * straight after the last key, with no pause for the form to catch up.
     */
    void typeAtPace(WebElement field, String text, Duration perKey) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        field.click();
        for (int i = 0; i < text.length(); i++) {
            if (i > 0) {
                pause(perKey);
            }
            field.sendKeys(text.substring(i, i + 1));
        }
    }

    /** Adds an entry to the nth dynamic list of the form (1 = first). */
    void addEntry(int list) {
        click(By.xpath("(//button[contains(@class,'fjs-repeat-render-add')])[" + list + "]"));
    }

    /** Clicks the button once, at once, even if it is disabled: what a person's single click does. */
    void clickOnce(String buttonText) {
        WebElement button = browser.findElement(By.xpath("//button[normalize-space(.)='" + buttonText + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    boolean enabled(String buttonText) {
        return browser.findElement(By.xpath("//button[normalize-space(.)='" + buttonText + "']")).isEnabled();
    }

    /** The notice beside a disabled Complete or Start button, empty when none is shown. */
    String whyDisabled() {
        return browser.findElements(By.cssSelector(".cc-form-blocked")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).findFirst().orElse("");
    }

    /** Opens Start process, picks the process and waits for its start form. */
    void startProcess(String name) {
        click(By.xpath("//a[contains(normalize-space(.),'Start process')]"));
        click(By.xpath("//*[contains(@class,'modal')]//a[normalize-space(.)='" + name + "']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".modal .fjs-container .fjs-form")));
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the form-js select under the label and picks the option shown exactly so. */
    void choose(String label, String option) {
        click(By.xpath(labelled(label) + "/following::input[1]/.."));
        click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']"));
    }

    private static String labelled(String label) {
        return "//label[normalize-space(translate(., '*', ''))='" + label + "']";
    }

    void pickRadio(String option) {
        click(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(.)='" + option + "']"));
    }

    void complete() {
        click(By.xpath("//button[normalize-space(.)='Complete']"));
    }

    /**
     * Scrolls first: Tasklist's fixed footer covers the buttons at the bottom of a long form. Tasklist renders its
     * filters and lists again while it loads, so an element found a moment before the click may be gone: it is then
     * found again (a slow machine showed this).
     */
    void click(By locator) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
            if (element == null) {
                return false;
            }
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            if (ExpectedConditions.elementToBeClickable(element).apply(driver) == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Keeps what the browser showed when a test failed, next to the surefire reports. */
    void keepEvidence(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
        Files.writeString(Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".html"),
                browser.getPageSource());
    }

    void openLoginPage() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    }

    /**
     * Fills in the login form and submits it once both fields hold what was typed: while Tasklist is still
     * settling its login view, keys sent to the password field could land in the name field ("marymary").
     */
    void logIn(String user, String password) {
        By nameField = By.cssSelector("input[ng-model='username'], #inputUsername");
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(nameField));
                WebElement secret = browser.findElement(By.cssSelector("input[type='password']"));
                name.clear();
                name.sendKeys(user);
                secret.clear();
                secret.sendKeys(password);
                if (user.equals(name.getAttribute("value")) && password.equals(secret.getAttribute("value"))) {
                    browser.findElement(By.cssSelector("button[type='submit']")).click();
                    return;
                }
            } catch (StaleElementReferenceException rendered) {
                // The login view was rendered anew while typing: type again.
            }
            if (attempt == 3) {
                throw new IllegalStateException("The login form did not keep " + user + "'s name and password");
            }
            pause(Duration.ofMillis(500));
        }
    }

    @Override
    public void close() {
        browser.quit();
    }
}
