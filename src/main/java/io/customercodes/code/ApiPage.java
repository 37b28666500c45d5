package io.customercodes.code;

import io.customercodes.system.PageParameter;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The page of an /api list a caller asked for ({@code page} from 1, {@code size} up to {@link
 * PageParameter#MAX_SIZE}, default {@link #DEFAULT_SIZE}), and the answer with the total in {@code X-Total-Count}
 * and the neighbouring pages in {@code Link}.
 */
public record ApiPage(int number, int size) {

    public static final int DEFAULT_SIZE = 100;

    /** Refuses a page or size that is not a whole number in range (400 naming the field). */
    public static ApiPage of(String page, String size) {
        return new ApiPage(PageParameter.positive(page, "page", Integer.MAX_VALUE),
                PageParameter.positive(size, "size", PageParameter.MAX_SIZE));
    }

    public PageRequest request() {
        return PageRequest.of(number - 1, size);
    }

    /** This page of a list that is already in memory because it is bounded (a version's indicators). */
    public <T> Page<T> of(List<T> all) {
        long first = (long) (number - 1) * size;
        List<T> rows = first >= all.size() ? List.of()
                : all.subList((int) first, (int) Math.min(all.size(), first + size));
        return new PageImpl<>(rows, request(), all.size());
    }

    public <T, J> ResponseEntity<List<J>> answer(String path, Page<T> found, Function<T, J> json) {
        return answer(path, found, found.getContent().stream().map(json).toList());
    }

    public <J> ResponseEntity<List<J>> answer(String path, Page<?> found, List<J> body) {
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.getTotalElements()))
                .header(HttpHeaders.LINK, PageLinks.of(path, number, Math.max(1, found.getTotalPages()), size))
                .body(body);
    }
}
