package io.customercodes.chart;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.security.ReadAccess;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.server.ResponseStatusException;

/**
 * A code's charts for those who evaluate and decide on it (README, "Who may see and do what": like indicator
 * readings), as a page and as SVG images. Signed in with Tasklist's session or HTTP Basic, so the review form
 * in Tasklist can show them as images.
 */
@Controller
class ChartController {

    static final String PAGE = "/manage/codes/{key}";

    private final CodeRepository codes;
    private final CodeCharts charts;
    private final ReadAccess access;

    ChartController(CodeRepository codes, CodeCharts charts, ReadAccess access) {
        this.codes = codes;
        this.charts = charts;
        this.access = access;
    }

    @GetMapping(PAGE)
    ModelAndView page(@PathVariable String key) {
        Code code = code(key);
        ModelAndView page = new ModelAndView("manage/charts");
        page.addObject("code", code);
        page.addObject("charts", charts.all(code).stream().map(chart -> new ChartView(chart.name(),
                chart.chart(), chart.chart().svg("chart-" + chart.name()))).toList());
        return page;
    }

    @GetMapping(PAGE + "/charts/{name}.svg")
    ResponseEntity<String> svg(@PathVariable String key, @PathVariable String name) {
        Code code = code(key);
        LineChart chart = charts.named(code, name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No chart " + name));
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .cacheControl(CacheControl.noStore()).body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + chart.svg("chart-" + name));
    }

    /** The caller's right first, so that an unknown key says no more than a known one. */
    private Code code(String key) {
        access.requireCharts();
        return codes.findByKey(key).filter(access::mayReadChartsOf)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** One chart on the page: its SVG inline, and the figures as a table for those who cannot see it. */
    record ChartView(String name, LineChart chart, String svg) {
    }
}
