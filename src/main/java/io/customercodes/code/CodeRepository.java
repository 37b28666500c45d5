package io.customercodes.code;

import static io.customercodes.system.jdbc.Rows.enumValue;

import io.customercodes.system.jdbc.LockedRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Codes; a save that would overwrite someone else's change since the read fails. */
@Component
public class CodeRepository {

    private static final String SELECT = "select * from code";

    private final JdbcClient jdbc;
    private final CodeListTotals totals;

    CodeRepository(JdbcClient jdbc, CodeListTotals totals) {
        this.jdbc = jdbc;
        this.totals = totals;
    }

    /** Inserts a new code with its interested parties, or writes a changed one. */
    public Code save(Code code) {
        if (code.getId() == null) {
            code.inserted(LockedRows.insert(jdbc, "code", code.columns()));
            totals.add(CodeListTotals.ALL, 1);
            List<InterestedParty> parties = code.getInterestedParties();
            for (int position = 0; position < parties.size(); position++) {
                jdbc.sql("insert into code_interested_party (code_id, position, party) values (?, ?, ?)")
                        .params(code.getId(), position, parties.get(position).name()).update();
            }
            return code;
        }
        LockedRows.update(jdbc, "code", code.columns(), code.getId(), code.getLockVersion(),
                () -> "Code " + code.getKey() + " was changed by someone else since it was read");
        code.updated();
        return code;
    }

    /**
     * Writes whether a version of the code is in force, as a version's state change left it, and counts the change
     * in the lists' totals. Each column is written only where it changes, so the row lock the update takes decides
     * whether this transaction changed it; having been published once is never undone.
     */
    public void saveInForce(Code code) {
        int changed = jdbc.sql("update code set in_force = ? where id = ? and in_force <> ?")
                .params(code.isInForce(), code.getId(), code.isInForce()).update();
        totals.add(CodeListTotals.IN_FORCE, code.isInForce() ? changed : -changed);
        if (code.isPublishedOnce()) {
            totals.add(CodeListTotals.PUBLISHED_ONCE, jdbc
                    .sql("update code set published_once = true where id = ? and published_once = false")
                    .param(code.getId()).update());
        }
    }

    /**
     * Holds the code's row until the transaction ends: whoever reads the published version to start work on it, and
     * whoever changes it, take this first, so the one waits for the other's commit.
     */
    public void lock(Long codeId) {
        jdbc.sql("select id from code where id = ? for update").param(codeId).query(Long.class).single();
    }

    public Optional<Code> findById(Long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, row) -> restore(rs)).optional();
    }

    public Optional<Code> findByKey(String key) {
        return jdbc.sql(SELECT + " where code_key = ?").param(key).query((rs, row) -> restore(rs)).optional();
    }

    public boolean existsByKey(String key) {
        return jdbc.sql("select count(*) from code where code_key = ?").param(key).query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("select count(*) from code").query(Long.class).single();
    }

    /** The codes started from this model code, oldest first. */
    public List<Code> findAdopters(Code model) {
        return jdbc.sql(SELECT + " where adopted_model_id = ? order by created_at, code_key").param(model.getId())
                .query((rs, row) -> restore(rs)).list();
    }

    /** One page of the codes started from this model code, by key. */
    public Page<Code> findAdopters(Code model, Pageable page) {
        List<Code> content = jdbc.sql(SELECT + " where adopted_model_id = ? order by code_key limit ? offset ?")
                .params(model.getId(), page.getPageSize(), page.getOffset()).query((rs, row) -> restore(rs)).list();
        return PageableExecutionUtils.getPage(content, page, () -> jdbc
                .sql("select count(*) from code where adopted_model_id = ?").param(model.getId())
                .query(Long.class).single());
    }

    /** One page of the ids of all codes, by key: a range of {@code ix_code_key_id} (V66). */
    public Page<Long> idsByKey(Pageable page) {
        List<Long> content = jdbc.sql("select id from code order by code_key, id limit ? offset ?")
                .params(page.getPageSize(), page.getOffset()).query(Long.class).list();
        return PageableExecutionUtils.getPage(content, page, () -> totals.total(CodeListTotals.ALL));
    }

    /**
     * One page of the ids of the codes customers have seen (a version of them was published), by key: a range of
     * {@code ix_code_published_once}, ordered as the index is, so that H2 too reads it in order and stops at the page.
     */
    public Page<Long> idsOfPublishedByKey(Pageable page) {
        List<Long> content = jdbc.sql("select id from code where published_once = true"
                        + " order by published_once, code_key, id limit ? offset ?")
                .params(page.getPageSize(), page.getOffset()).query(Long.class).list();
        return PageableExecutionUtils.getPage(content, page, () -> totals.total(CodeListTotals.PUBLISHED_ONCE));
    }

    /** These codes, in one statement (their interested parties are read when first asked for). */
    public List<Code> findAllByIdIn(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where id in (:ids)").param("ids", ids).query((rs, row) -> restore(rs)).list();
    }

    /** The model codes members may start from: a version in force, not withdrawn; by title. */
    public List<Code> findPublishedModels() {
        return jdbc.sql(SELECT + " where kind = ? and withdrawn_at is null and in_force = true"
                        + " order by title, code_key").param(CodeKind.MODEL.name())
                .query((rs, row) -> restore(rs)).list();
    }

    public Code getCode(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No code with id " + id));
    }

    public Code getByKey(String key) {
        return findByKey(key).orElseThrow(() -> new UnknownCodeException(key));
    }

    private Code restore(ResultSet rs) throws SQLException {
        return Code.restore(rs, this::partiesOf, this::getCode);
    }

    private List<InterestedParty> partiesOf(Long codeId) {
        return jdbc.sql("select party from code_interested_party where code_id = ? order by position").param(codeId)
                .query((rs, row) -> enumValue(rs, "party", InterestedParty.class)).list();
    }
}
