package io.customercodes.publication;

import io.customercodes.satisfaction.SatisfactionAnswers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A customer says, without logging in, how clearly the code told them what to expect (ISO 10001 clause 8.3).
 * One answer per browser session and code; the address throttle (PublicFormGuard) stops a script that drops
 * the cookie. Answered with a redirect to the page (Post/Redirect/Get), which then thanks the customer.
 */
@Controller
class PublicSatisfactionController {

    private final PublicCatalog catalog;
    private final SatisfactionAnswers answers;

    PublicSatisfactionController(PublicCatalog catalog, SatisfactionAnswers answers) {
        this.catalog = catalog;
        this.answers = answers;
    }

    @PostMapping("/codes/{key}/satisfaction")
    ModelAndView answer(@PathVariable String key, @RequestParam(required = false) String score,
            @RequestParam(required = false) String comment, HttpServletRequest request,
            HttpServletResponse response) {
        PublishedCode code = catalog.publishedCode(key).orElseThrow(() -> new NoPublishedCodeException(key));
        if (SatisfactionCookie.present(request, code.key())) {
            return CodePage.of(code, ComplaintForm.empty(), Map.of(), HttpStatus.CONFLICT)
                    .addObject("survey", SatisfactionForm.alreadyAnswered());
        }
        if (code.withdrawn()) {
            return CodePage.of(code, ComplaintForm.empty(), Map.of(), HttpStatus.CONFLICT);
        }
        SatisfactionForm form = new SatisfactionForm(score, comment, Map.of(), false).checked();
        if (!form.problems().isEmpty()) {
            return CodePage.of(code, ComplaintForm.empty(), Map.of(), HttpStatus.BAD_REQUEST).addObject("survey", form);
        }
        if (!answers.record(code.key(), form.scoreValue(), comment)) {
            return CodePage.of(code, ComplaintForm.empty(), Map.of(), HttpStatus.CONFLICT);
        }
        SatisfactionCookie.set(response, code.key(), request.isSecure());
        RedirectView page = new RedirectView("/codes/{key}#satisfaction", true);
        page.setStatusCode(HttpStatus.SEE_OTHER);
        page.setExposeModelAttributes(false);
        return new ModelAndView(page);
    }

    /** Where a reload of the question shown again with its errors lands. */
    @GetMapping("/codes/{key}/satisfaction")
    ModelAndView form(@PathVariable String key) {
        RedirectView page = new RedirectView("/codes/{key}#satisfaction", true);
        page.setExposeModelAttributes(false);
        return new ModelAndView(page);
    }
}
