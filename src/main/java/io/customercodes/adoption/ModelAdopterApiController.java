package io.customercodes.adoption;

import io.customercodes.code.ApiPage;
import io.customercodes.code.Code;
import io.customercodes.security.ReadAccess;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * For code sponsors (and administrators): a model code's adopters with the model version each runs, and complaint
 * counts per model promise across adopters. Any other group gets 403 before the key is looked up; a key that is not
 * a model code answers 404.
 */
@RestController
@RequestMapping("/api/models/{modelKey}")
class ModelAdopterApiController {

    private final ModelAdopters adopters;
    private final ReadAccess access;

    ModelAdopterApiController(ModelAdopters adopters, ReadAccess access) {
        this.adopters = adopters;
        this.access = access;
    }

    /**
     * One page of the adopters, by key: {@code page} from 1, {@code size} up to 500 (default 100); the total in
     * {@code X-Total-Count}, the neighbouring pages in {@code Link}.
     */
    @GetMapping("/adopters")
    ResponseEntity<List<ModelAdopters.Adopter>> adopters(@PathVariable String modelKey,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "size", defaultValue = "100") String size) {
        Code model = model(modelKey);
        ApiPage asked = ApiPage.of(page, size);
        return asked.answer("/api/models/" + model.getKey() + "/adopters",
                adopters.adopters(model, asked.number() - 1, asked.size()), adopter -> adopter);
    }

    /** Complaints per promise of each published model version, across adopters: counts only. */
    @GetMapping("/complaint-counts")
    List<ModelAdopters.PromiseComplaints> complaintCounts(@PathVariable String modelKey) {
        return adopters.complaintsPerModelPromise(model(modelKey));
    }

    private Code model(String key) {
        access.requireModelAdopters();
        return adopters.model(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No model code " + key));
    }
}
