package io.customercodes.publication;

import io.customercodes.publication.PublicCatalog.Entry;
import java.util.List;

/** One page of the public list of codes: the codes, which page of how many, and how many codes were found. */
public record CodeListing(List<Entry> codes, int page, int pages, long found) {

    public static final int PAGE_SIZE = 25;

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** A page number past the last page: an address typed or kept from when there were more codes. */
    public boolean beyondEnd() {
        return page > pages;
    }
}
