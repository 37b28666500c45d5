package io.customercodes.version;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A page of the codes in force (a PUBLISHED version) by title and key (the id breaking ties), whose key, title or
 * organization contains a text and which make a promise of a category; each with its version in force. A category
 * alone is a range of {@link CodesInForceByCategory}'s table. Otherwise each query
 * holds only the conditions asked for (a {@code :text is null or ...} keeps a prepared statement's plan from using an
 * index); the page is chosen on code ids, walking {@code ix_code_in_force_search} (in force, title, key, id, search
 * text) from its first code in force, before its rows are read, and counted on the same index; the text is matched
 * on the code's search text (V62; on PostgreSQL by its trigram index) and the promises looked up per matching
 * code.
 */
@Repository
@Transactional(readOnly = true)
public class PublishedCatalogSearch {

    private final EntityManager entities;
    private final CodesInForceByCategory inForceByCategory;

    PublishedCatalogSearch(EntityManager entities, CodesInForceByCategory inForceByCategory) {
        this.entities = entities;
        this.inForceByCategory = inForceByCategory;
    }

    /**
     * @param text lower case with % around it and {@code \} escaping, or null for all
     * @param category null for any
     */
    public Page<CodeVersion> search(String text, PromiseCategory category, Pageable page) {
        if (text == null && category != null) {
            List<Long> onPage = inForceByCategory.page(category, page.getOffset(), page.getPageSize());
            long total = onPage.isEmpty() && page.getOffset() == 0 ? 0 : inForceByCategory.count(category);
            return new PageImpl<>(inOrder(onPage, VersionState.PUBLISHED), page, total);
        }
        String conditions = "c.inForce = true"
                + (category == null ? "" : " and exists (select p.id from Promise p where p.version.code = c"
                        + " and p.version.state = :state and p.category = :category)")
                + (text == null ? "" : " and c.searchText like :text");
        // inForce is the same for every row; ordering by it too is what lets H2 read the page off the index in order
        // (with it left out, H2 sorts all codes in force for every page).
        TypedQuery<Long> ids = entities.createQuery("select c.id from Code c where " + conditions
                + " order by c.inForce, c.title, c.key, c.id", Long.class);
        TypedQuery<Long> count = entities.createQuery("select count(c) from Code c where " + conditions, Long.class);
        for (TypedQuery<Long> query : List.of(ids, count)) {
            if (text != null) {
                query.setParameter("text", text);
            }
            if (category != null) {
                query.setParameter("state", VersionState.PUBLISHED);
                query.setParameter("category", category);
            }
        }
        List<Long> onPage = ids.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize())
                .getResultList();
        long total = onPage.isEmpty() && page.getOffset() == 0 ? 0 : count.getSingleResult();
        return new PageImpl<>(inOrder(onPage, VersionState.PUBLISHED), page, total);
    }

    private List<CodeVersion> inOrder(List<Long> codeIds, VersionState state) {
        if (codeIds.isEmpty()) {
            return List.of();
        }
        // The code's interested parties are an eager collection: fetched here, not by one statement per code.
        Map<Long, CodeVersion> found = entities.createQuery("select v from CodeVersion v join fetch v.code c"
                + " left join fetch c.interestedParties where c.id in :ids and v.state = :state", CodeVersion.class)
                .setParameter("ids", codeIds).setParameter("state", state).getResultStream()
                .collect(Collectors.toMap(v -> v.getCode().getId(), Function.identity(), (same, again) -> same));
        return codeIds.stream().map(found::get).toList();
    }
}
