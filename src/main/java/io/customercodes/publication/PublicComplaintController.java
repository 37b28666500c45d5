package io.customercodes.publication;

import io.customercodes.complaint.ComplaintChannel;
import io.customercodes.complaint.ComplaintIntake;
import io.customercodes.complaint.ComplaintLinks;
import io.customercodes.complaint.ComplaintTracking;
import io.customercodes.complaint.ComplaintTracking.AnswerResult;
import io.customercodes.complaint.ComplaintTracking.Progress;
import io.customercodes.complaint.FiledComplaint;
import io.customercodes.complaint.NewComplaint;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.system.forms.FormSchemas;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A customer's complaint, without logging in: filed with the form on the code's page, then followed on a
 * private status page, reached only through its token, where the customer accepts or rejects the response.
 * Both forms answer with a redirect (Post/Redirect/Get), so reloading the next page sends nothing twice.
 */
@Controller
class PublicComplaintController {

    static final String FILED_PAGE = "/codes/complaints/filed/";
    static final String ACCEPT = "accept";
    static final String REJECT = "reject";

    private static final Map<String, String> STEPS = Map.of("ACKNOWLEDGEMENT", "Received and acknowledged",
            "ASSESSMENT", "Assessed", "INVESTIGATION", "Investigated", "RESPONSE_WRITTEN", "Response written",
            "RESPONSE", "Response sent to you", "ANSWER", "Your answer recorded", "FOLLOW_UP", "We followed up",
            "CLOSING", "Remedy delivered", "REFERRAL", "Referred to dispute resolution",
            "DISPUTE_RESOLUTION", "Outcome of dispute resolution recorded");

    private final PublicCatalog catalog;
    private final ComplaintIntake intake;
    private final ComplaintTracking tracking;
    private final String baseUrl;

    PublicComplaintController(PublicCatalog catalog, ComplaintIntake intake, ComplaintTracking tracking,
            @Value("${customer-codes.base-url}") String baseUrl) {
        this.catalog = catalog;
        this.intake = intake;
        this.tracking = tracking;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @PostMapping("/codes/{key}/complaints")
    ModelAndView file(@PathVariable String key, ComplaintForm form) {
        PublishedCode code = catalog.publishedCode(key).orElseThrow(() -> new NoPublishedCodeException(key));
        if (code.withdrawn()) {
            return CodePage.of(code, ComplaintForm.empty(), Map.of(), HttpStatus.CONFLICT);
        }
        Map<String, String> problems = ComplaintFormCheck.problems(form, code.promises().size());
        if (!problems.isEmpty()) {
            return CodePage.of(code, form, problems, HttpStatus.BAD_REQUEST);
        }
        FiledComplaint filed;
        try {
            filed = intake.file(new NewComplaint(code.key(), form.promiseNumber(), form.whatHappened(),
                    form.remedyWanted(), form.complainantName(), form.complainantEmail(), form.complainantPhone(),
                    true, ComplaintChannel.PUBLIC_FORM), null);
        } catch (InvalidFormInputException refused) {
            return CodePage.of(code, form, Map.of(ComplaintFormCheck.field(refused),
                    ComplaintFormCheck.message(refused)), HttpStatus.BAD_REQUEST);
        }
        return seeOther(FILED_PAGE + filed.statusToken());
    }

    /** Where a reload of a form shown again with its errors lands. */
    @GetMapping("/codes/{key}/complaints")
    ModelAndView form(@PathVariable String key) {
        RedirectView code = new RedirectView("/codes/{key}#complaint", true);
        code.setExposeModelAttributes(false);
        return new ModelAndView(code);
    }

    @GetMapping(FILED_PAGE + "{token}")
    ModelAndView filed(@PathVariable String token, HttpServletResponse response) {
        privatePage(response);
        return tracking.byToken(token).map(progress -> new ModelAndView("codes/complaint-filed", Map.of(
                "complaint", progress, "statusPath", ComplaintLinks.statusPath(token),
                "statusUrl", baseUrl + ComplaintLinks.statusPath(token)))).orElseGet(PublicComplaintController::unknown);
    }

    @GetMapping(ComplaintLinks.STATUS_PAGE + "{token}")
    ModelAndView status(@PathVariable String token, HttpServletResponse response) {
        privatePage(response);
        return tracking.byToken(token).map(progress -> statusPage(token, progress, null, null, HttpStatus.OK))
                .orElseGet(PublicComplaintController::unknown);
    }

    @PostMapping(ComplaintLinks.STATUS_PAGE + "{token}")
    ModelAndView answer(@PathVariable String token, @RequestParam(required = false) String answer,
            @RequestParam(required = false) String comment, HttpServletResponse response) {
        privatePage(response);
        Optional<Progress> progress = tracking.byToken(token);
        if (progress.isEmpty()) {
            return unknown();
        }
        if (!ACCEPT.equals(answer) && !REJECT.equals(answer)) {
            return statusPage(token, progress.get(), comment,
                    Map.of("answer", "Choose whether you accept our response"), HttpStatus.BAD_REQUEST);
        }
        AnswerResult result;
        try {
            result = tracking.answer(token, ACCEPT.equals(answer), comment);
        } catch (InvalidFormInputException refused) {
            return statusPage(token, progress.get(), comment, Map.of("comment", "Your comment "
                    + refused.reason()), HttpStatus.BAD_REQUEST);
        }
        return switch (result) {
            case RECORDED -> seeOther(ComplaintLinks.statusPath(token));
            case NOT_AWAITING_ANSWER -> statusPage(token, progress.get(), null, Map.of("answer",
                    "We are not waiting for your answer: " + (progress.get().accepted() != null
                            ? "you have already answered our response." : "there is no response to answer yet.")),
                    HttpStatus.CONFLICT);
            case UNKNOWN_TOKEN -> unknown();
        };
    }

    private ModelAndView statusPage(String token, Progress progress, String comment, Map<String, String> problems,
            HttpStatus status) {
        ModelAndView page = new ModelAndView("codes/complaint-status", status);
        page.addObject("complaint", progress);
        page.addObject("statusPath", ComplaintLinks.statusPath(token));
        page.addObject("steps", STEPS);
        page.addObject("namedBody", tracking.disputeResolutionBody(token).orElse(null));
        page.addObject("comment", comment);
        page.addObject("problems", problems == null ? Map.of() : problems);
        page.addObject("commentLimit", FormSchemas.of("recordAnswer").field("answerNotes").maxLength());
        return page;
    }

    /** Says nothing about whether such a complaint ever existed. */
    private static ModelAndView unknown() {
        return new ModelAndView("codes/complaint-not-found", HttpStatus.NOT_FOUND);
    }

    /** The token in the address is the complainant's key: no cache keeps it, no referrer carries it, no index lists it. */
    private static void privatePage(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
    }

    private static ModelAndView seeOther(String path) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
