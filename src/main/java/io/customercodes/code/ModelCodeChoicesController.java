package io.customercodes.code;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published model codes a new code may start from, for the choice on the codeLifecycle start form. Under
 * /manage so that Tasklist's script can read it with the user's Tasklist session; the same codes are public on
 * /codes. {@link CodeRegistration} still checks the chosen key when the form is submitted.
 */
@RestController
@Transactional(readOnly = true)
class ModelCodeChoicesController {

    record ModelCodeChoice(String key, String title, String organization) {
    }

    private final CodeRepository codes;

    ModelCodeChoicesController(CodeRepository codes) {
        this.codes = codes;
    }

    @GetMapping("/manage/model-codes")
    List<ModelCodeChoice> publishedModels() {
        return codes.findPublishedModels().stream()
                .map(c -> new ModelCodeChoice(c.getKey(), c.getTitle(), c.getOrganization()))
                .toList();
    }
}
