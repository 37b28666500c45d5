package io.customercodes.publication;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** A code's public page with its complaint form, empty or as the customer filled it in, and its satisfaction question. */
final class CodePage {

    private CodePage() {
    }

    static ModelAndView of(PublishedCode code, ComplaintForm form, Map<String, String> problems, HttpStatus status) {
        ModelAndView page = new ModelAndView("codes/show", status);
        page.addObject("code", code);
        page.addObject("form", form);
        page.addObject("problems", problems);
        page.addObject("labels", ComplaintFormCheck.LABELS);
        page.addObject("limits", ComplaintFormCheck.LIMITS.fields());
        page.addObject("survey", SatisfactionForm.open());
        return page;
    }
}
