package io.customercodes.publication;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
    String show(@PathVariable String key, Model model) {
        model.addAttribute("code", catalog.publishedCode(key).orElseThrow(() -> new NoPublishedCodeException(key)));
        return "codes/show";
    }

    @GetMapping("/codes/{key}/versions")
    String versions(@PathVariable String key, Model model) {
        model.addAttribute("history",
                catalog.publishedHistory(key).orElseThrow(() -> new NoPublishedCodeException(key)));
        return "codes/versions";
    }
}
