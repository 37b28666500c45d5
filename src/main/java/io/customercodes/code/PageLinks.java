package io.customercodes.code;

import java.util.ArrayList;
import java.util.List;

/** An RFC 8288 Link header for one page of a list: first, previous, next and last page. */
final class PageLinks {

    private PageLinks() {
    }

    static String of(String path, int page, int pages, int size) {
        List<String> links = new ArrayList<>();
        links.add(link(path, 1, size, "first"));
        if (page > 1) {
            links.add(link(path, Math.min(page - 1, pages), size, "prev"));
        }
        if (page < pages) {
            links.add(link(path, page + 1, size, "next"));
        }
        links.add(link(path, pages, size, "last"));
        return String.join(", ", links);
    }

    private static String link(String path, int page, int size, String rel) {
        return "<" + path + "?page=" + page + "&size=" + size + ">; rel=\"" + rel + "\"";
    }
}
