package io.customercodes.publication;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The public, login-free pages where customers read published codes. */
@Controller
class PublicCodeController {

    private final PublicCatalog catalog;

    PublicCodeController(PublicCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/codes";
    }

    @GetMapping("/codes")
    String list(Model model) {
        model.addAttribute("codes", catalog.publishedCodes());
        return "codes/list";
    }

    @GetMapping("/codes/{key}")
    ModelAndView show(@PathVariable String key, HttpServletRequest request) {
        PublishedCode code = catalog.publishedCode(key).orElseThrow(() -> new NoPublishedCodeException(key));
        ModelAndView page = CodePage.of(code, ComplaintForm.empty(), Map.of(), HttpStatus.OK);
        if (SatisfactionCookie.present(request, code.key())) {
            page.addObject("survey", SatisfactionForm.alreadyAnswered());
        }
        return page;
    }

    @GetMapping("/codes/{key}/versions")
    String versions(@PathVariable String key, Model model) {
        model.addAttribute("history",
                catalog.publishedHistory(key).orElseThrow(() -> new NoPublishedCodeException(key)));
        return "codes/versions";
    }
}
