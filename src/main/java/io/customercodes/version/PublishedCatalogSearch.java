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
 * A page of the versions in a state, by their code's title and key (the id breaking ties), whose code's key, title
 * or organization contains a text and which make a promise of a category. Each query holds only the conditions
 * asked for (a {@code :text is null or ...} keeps a prepared statement's plan from using an index); the page is
 * chosen on code ids, walking {@code ix_code_listing} (title, key, id), before its rows are read; the text is
 * matched first (on PostgreSQL by the trigram indexes of V41) and the version looked up per matching code; the
 * count without a text reads only {@code code_version}'s index.
 */
@Repository
@Transactional(readOnly = true)
public class PublishedCatalogSearch {

    private final EntityManager entities;

    PublishedCatalogSearch(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @param text lower case with % around it and {@code \} escaping, or null for all
     * @param category null for any
     */
    public Page<CodeVersion> search(VersionState state, String text, PromiseCategory category, Pageable page) {
        String textCondition = text == null ? "" : " and (lower(c.title) like :text or lower(c.organization) like"
                + " :text or lower(c.key) like :text)";
        String categoryCondition = category == null ? "" : " and exists (select p.id from Promise p"
                + " where p.version = v and p.category = :category)";
        TypedQuery<Long> ids = entities.createQuery("select c.id from Code c where exists (select v.id from"
                + " CodeVersion v where v.code = c and v.state = :state" + categoryCondition + ")" + textCondition
                + " order by c.title, c.key, c.id", Long.class);
        TypedQuery<Long> count = text == null
                ? entities.createQuery("select count(v) from CodeVersion v where v.state = :state"
                        + categoryCondition, Long.class)
                : entities.createQuery("select count(c) from Code c where exists (select v.id from CodeVersion v"
                        + " where v.code = c and v.state = :state" + categoryCondition + ")" + textCondition,
                        Long.class);
        for (TypedQuery<Long> query : List.of(ids, count)) {
            query.setParameter("state", state);
            if (text != null) {
                query.setParameter("text", text);
            }
            if (category != null) {
                query.setParameter("category", category);
            }
        }
        List<Long> onPage = ids.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize())
                .getResultList();
        long total = onPage.isEmpty() && page.getOffset() == 0 ? 0 : count.getSingleResult();
        return new PageImpl<>(inOrder(onPage, state), page, total);
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
