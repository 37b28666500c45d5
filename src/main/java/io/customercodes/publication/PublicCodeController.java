package io.customercodes.publication;

import io.customercodes.version.PromiseCategory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The public, login-free pages where customers read published codes. */
@Controller
class PublicCodeController {

    static final int MAX_SEARCH_LENGTH = 200;

    private final PublicCatalog catalog;

    PublicCodeController(PublicCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/codes";
    }

    @GetMapping("/codes")
    ModelAndView list(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "category", required = false) String category,
            @RequestParam(name = "page", required = false) String page) {
        ModelAndView list = new ModelAndView("codes/list");
        list.addObject("q", text == null ? "" : text);
        list.addObject("category", category == null ? "" : category);
        list.addObject("categories", PromiseCategory.values());
        String problem = null;
        PromiseCategory chosen = null;
        int number = 1;
        if (text != null && text.length() > MAX_SEARCH_LENGTH) {
            problem = "Search for at most " + MAX_SEARCH_LENGTH + " characters";
        } else if (category != null && !category.isEmpty()) {
            try {
                chosen = PromiseCategory.valueOf(category);
            } catch (IllegalArgumentException unknown) {
                problem = "Choose a kind of promise from the list";
            }
        }
        if (problem == null && page != null) {
            try {
                number = Integer.parseInt(page);
            } catch (NumberFormatException notANumber) {
                number = 0;
            }
            problem = number < 1 ? "Page numbers start at 1" : null;
        }
        if (problem != null) {
            list.addObject("problem", problem);
            list.addObject("listing", new CodeListing(List.of(), 1, 1, 0));
            list.setStatus(HttpStatus.BAD_REQUEST);
            return list;
        }
        CodeListing listing = catalog.publishedCodes(text, chosen, number);
        list.addObject("listing", listing);
        if (listing.beyondEnd()) {
            list.setStatus(HttpStatus.NOT_FOUND);
        }
        return list;
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
