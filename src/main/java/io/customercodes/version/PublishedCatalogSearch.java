package io.customercodes.version;

import io.customercodes.code.CodeListTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A page of the codes in force (a PUBLISHED version) by title and key (the id breaking ties), whose key, title or
 * organization contains a text and which make a promise of a category; each with its version in force. A category
 * alone is a range of {@link CodesInForceByCategory}'s table. Otherwise each query
 * holds only the conditions asked for (a {@code :text is null or ...} keeps a prepared statement's plan from using an
 * index); the page is chosen on code ids, walking {@code ix_code_in_force_search} (in force, title, key, id, search
 * text) from its first code in force, before its rows are read, and counted on the same index (all codes in force
 * by {@link CodeListTotals}); the text is matched
 * on the code's search text (V62; on PostgreSQL by its trigram index) and the promises looked up per matching
 * code. Plain SQL (the ids and the count) and a derived query (the rows): JPQL would cost every start the parser's
 * warm-up, see {@link io.customercodes.code.CodeRepository}.
 */
@Repository
@Transactional(readOnly = true)
public class PublishedCatalogSearch {

    private final JdbcTemplate jdbc;
    private final CodeVersionRepository versions;
    private final CodesInForceByCategory inForceByCategory;
    private final CodeListTotals totals;

    PublishedCatalogSearch(JdbcTemplate jdbc, CodeVersionRepository versions,
            CodesInForceByCategory inForceByCategory, CodeListTotals totals) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.inForceByCategory = inForceByCategory;
        this.totals = totals;
    }

    /**
     * @param text lower case with % around it and {@code \} escaping, or null for all
     * @param category null for any
     */
    public Page<CodeVersion> search(String text, PromiseCategory category, Pageable page) {
        if (text == null && category != null) {
            List<Long> onPage = inForceByCategory.page(category, page.getOffset(), page.getPageSize());
            return PageableExecutionUtils.getPage(inOrder(onPage, VersionState.PUBLISHED), page,
                    () -> inForceByCategory.count(category));
        }
        String conditions = "c.in_force = true"
                + (category == null ? "" : " and exists (select 1 from promise p join code_version v"
                        + " on v.id = p.version_id where v.code_id = c.id and v.state = ? and p.category = ?)")
                + (text == null ? "" : " and c.search_text like ?");
        List<Object> arguments = new ArrayList<>();
        if (category != null) {
            arguments.add(VersionState.PUBLISHED.name());
            arguments.add(category.name());
        }
        if (text != null) {
            arguments.add(text);
        }
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(page.getOffset());
        paged.add(page.getPageSize());
        // in_force is the same for every row; ordering by it too is what lets H2 read the page off the index in order
        // (with it left out, H2 sorts all codes in force for every page).
        List<Long> onPage = jdbc.queryForList("select c.id from code c where " + conditions
                + " order by c.in_force, c.title, c.code_key, c.id offset ? rows fetch next ? rows only", Long.class,
                paged.toArray());
        // A page that is not full gives the total without counting: a rare word's search reads no more codes.
        return PageableExecutionUtils.getPage(inOrder(onPage, VersionState.PUBLISHED), page,
                () -> text == null && category == null ? totals.total(CodeListTotals.IN_FORCE)
                        : jdbc.queryForObject("select count(*) from code c where " + conditions, Long.class,
                                arguments.toArray()));
    }

    private List<CodeVersion> inOrder(List<Long> codeIds, VersionState state) {
        if (codeIds.isEmpty()) {
            return List.of();
        }
        Map<Long, CodeVersion> found = versions.findWithCodeByCodeIdInAndState(codeIds, state).stream()
                .collect(Collectors.toMap(v -> v.getCodeId(), Function.identity(), (same, again) -> same));
        return codeIds.stream().map(found::get).toList();
    }
}
