package io.customercodes.adoption;

import io.customercodes.code.Code;
import io.customercodes.security.ReadAccess;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.system.PageParameter;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in page of a model code's adopters for code sponsors: the same figures as /api/models/{key}. */
@Controller
class ModelAdopterPageController {

    static final int PAGE_SIZE = 50;

    private final ModelAdopters adopters;
    private final ReadAccess access;

    ModelAdopterPageController(ModelAdopters adopters, ReadAccess access) {
        this.adopters = adopters;
        this.access = access;
    }

    @GetMapping("/manage/models/{key}")
    ModelAndView page(@PathVariable String key, @RequestParam(name = "page", defaultValue = "1") String page) {
        access.requireModelAdopters();
        Code model = adopters.model(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int number = pageNumber(page);
        Page<ModelAdopters.Adopter> found = adopters.adopters(model, number - 1, PAGE_SIZE);
        ModelAndView view = new ModelAndView("manage/adopters");
        view.addObject("model", model);
        view.addObject("adopters", found);
        view.addObject("page", number);
        view.addObject("complaints", adopters.complaintsPerModelPromise(model));
        return view;
    }

    /** A page that is not a whole number from 1 is a 400 page, as on /api. */
    private static int pageNumber(String page) {
        try {
            return PageParameter.positive(page, "page", Integer.MAX_VALUE);
        } catch (InvalidFormInputException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page " + e.getMessage());
        }
    }
}
