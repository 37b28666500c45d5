package io.customercodes.version;

import io.customercodes.code.CodeListTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A page of the codes in force (a PUBLISHED version) by title and key (the id breaking ties), whose key, title or
 * organization contains a text and which make a promise of a category; each with its version in force. A category
 * alone is a range of {@link CodesInForceByCategory}'s table; all codes in force a range of
 * {@code ix_code_in_force_search} (in force, title, key, id, search text), counted by {@link CodeListTotals}. A text
 * is matched on the code's search text (V62): on PostgreSQL a page of that index and a count, both by its trigram
 * index; on H2, which has no text index, one read of the whole index (see {@link #oneReadOfTheIndex}). Each query
 * holds only the conditions asked for (a {@code :text is null or ...} keeps a prepared statement's plan from using an
 * index); ids are chosen first and the page's rows read after. Plain SQL (the ids and the count) and a derived query
 * (the rows): JPQL would cost every start the parser's warm-up, see {@link io.customercodes.code.CodeRepository}.
 */
@Repository
@Transactional(readOnly = true)
public class PublishedCatalogSearch {

    private static final String IN_LIST_ORDER = " order by c.in_force, c.title, c.code_key, c.id";

    private final JdbcTemplate jdbc;
    private final CodeVersionRepository versions;
    private final CodesInForceByCategory inForceByCategory;
    private final CodeListTotals totals;
    private volatile Boolean postgres;

    PublishedCatalogSearch(JdbcTemplate jdbc, CodeVersionRepository versions,
            CodesInForceByCategory inForceByCategory, CodeListTotals totals) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.inForceByCategory = inForceByCategory;
        this.totals = totals;
    }

    /**
     * @param text lower case, searched for as typed (no wildcards), or null for all
     * @param category null for any
     */
    public Page<CodeVersion> search(String text, PromiseCategory category, Pageable page) {
        if (text == null && category != null) {
            List<Long> onPage = inForceByCategory.page(category, page.getOffset(), page.getPageSize());
            return PageableExecutionUtils.getPage(inOrder(onPage, VersionState.PUBLISHED), page,
                    () -> inForceByCategory.count(category));
        }
        if (text != null && !postgres()) {
            return oneReadOfTheIndex(text, category, page);
        }
        String conditions = "c.in_force = true" + categoryCondition(category)
                + (text == null ? "" : " and c.search_text like ?");
        List<Object> arguments = categoryArguments(category);
        if (text != null) {
            arguments.add("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(page.getOffset());
        paged.add(page.getPageSize());
        // in_force is the same for every row; ordering by it too is what lets H2 read the page off the index in order
        // (with it left out, H2 sorts all codes in force for every page).
        List<Long> onPage = jdbc.queryForList("select c.id from code c where " + conditions + IN_LIST_ORDER
                + " offset ? rows fetch next ? rows only", Long.class, paged.toArray());
        // A page that is not full gives the total without counting: a rare word's search reads no more codes.
        return PageableExecutionUtils.getPage(inOrder(onPage, VersionState.PUBLISHED), page,
                () -> text == null && category == null ? totals.total(CodeListTotals.IN_FORCE)
                        : jdbc.queryForObject("select count(*) from code c where " + conditions, Long.class,
                                arguments.toArray()));
    }

    /**
     * H2 has no text index: a search reads every entry of the list's index whatever it asks, so it reads them
     * once, for the page and the total together: all matching ids in the list's order, of which it keeps the page.
     * {@code locate} takes the text as it is, where H2 prepared a LIKE pattern again for every entry it matched.
     */
    private Page<CodeVersion> oneReadOfTheIndex(String text, PromiseCategory category, Pageable page) {
        List<Object> arguments = categoryArguments(category);
        arguments.add(text);
        List<Long> matching = jdbc.queryForList("select c.id from code c where c.in_force = true"
                + categoryCondition(category) + " and locate(?, c.search_text) > 0" + IN_LIST_ORDER, Long.class,
                arguments.toArray());
        int from = (int) Math.min(page.getOffset(), matching.size());
        List<Long> onPage = matching.subList(from, Math.min(from + page.getPageSize(), matching.size()));
        return new PageImpl<>(inOrder(onPage, VersionState.PUBLISHED), page, matching.size());
    }

    private static String categoryCondition(PromiseCategory category) {
        return category == null ? "" : " and exists (select 1 from promise p join code_version v"
                + " on v.id = p.version_id where v.code_id = c.id and v.state = ? and p.category = ?)";
    }

    private static List<Object> categoryArguments(PromiseCategory category) {
        List<Object> arguments = new ArrayList<>();
        if (category != null) {
            arguments.add(VersionState.PUBLISHED.name());
            arguments.add(category.name());
        }
        return arguments;
    }

    /** On PostgreSQL V62 gave the search text a trigram index (where pg_trgm was there to create it). */
    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(jdbc.execute(
                    (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
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
