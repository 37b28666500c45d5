package io.customercodes.version;

import static io.customercodes.system.jdbc.Rows.enumValue;
import static io.customercodes.system.jdbc.Rows.nullableInt;
import static io.customercodes.system.jdbc.Rows.nullableLong;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.system.jdbc.LockedRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Code versions with their content: promises, related provisions, performance indicators and teams. A save that
 * would overwrite someone else's change since the read fails; a draft's changed content is written anew.
 */
@Component
public class CodeVersionRepository {

    private static final String SELECT = "select * from code_version";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final CodeRepository codes;

    CodeVersionRepository(JdbcClient jdbc, JdbcTemplate batches, CodeRepository codes) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.codes = codes;
    }

    public CodeVersion save(CodeVersion version) {
        boolean isNew = version.getId() == null;
        if (isNew) {
            version.inserted(LockedRows.insert(jdbc, "code_version", version.columns()));
        } else {
            LockedRows.update(jdbc, "code_version", version.columns(), version.getId(), version.getLockVersion(),
                    () -> "Version " + version.getNumber() + " of code " + version.getCodeId()
                            + " was changed by someone else since it was read");
            version.updated();
        }
        if (version.isContentChanged()) {
            writeContent(version, isNew);
        }
        return version;
    }

    private void writeContent(CodeVersion version, boolean isNew) {
        Long id = version.getId();
        if (!isNew) {
            for (String table : List.of("promise", "related_provision", "performance_indicator", "version_team")) {
                jdbc.sql("delete from " + table + " where version_id = ?").param(id).update();
            }
        }
        batches.batchUpdate("insert into promise (version_id, position, category, text, model_promise_id)"
                        + " values (?, ?, ?, ?, ?)", version.getPromises().stream()
                .map(p -> new Object[] {id, p.getPosition(), p.getCategory().name(), p.getText(), p.getModelPromiseId()})
                .toList());
        batches.batchUpdate("insert into related_provision (version_id, position, type, text, promise_number)"
                        + " values (?, ?, ?, ?, ?)", version.getProvisions().stream()
                .map(p -> new Object[] {id, p.getPosition(), p.getType().name(), p.getText(), p.getPromiseNumber()})
                .toList());
        batches.batchUpdate("insert into performance_indicator (version_id, position, name, promise_number,"
                        + " comparison, target_value, unit, model_indicator_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
                version.getIndicators().stream().map(i -> new Object[] {id, i.getPosition(), i.getName(),
                        i.getPromiseNumber(), i.getComparison().name(), i.getTargetValue(), i.getUnit(),
                        i.getModelIndicatorId()}).toList());
        List<String> teams = version.getTeams();
        List<Object[]> teamRows = new ArrayList<>();
        for (int position = 0; position < teams.size(); position++) {
            teamRows.add(new Object[] {id, position, teams.get(position)});
        }
        batches.batchUpdate("insert into version_team (version_id, position, name) values (?, ?, ?)", teamRows);
        // Read back when next asked for, with the ids the database gave the rows.
        version.readContentThrough(this);
    }

    public Optional<CodeVersion> findById(Long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::version).optional();
    }

    public CodeVersion getVersion(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No code version with id " + id));
    }

    public Optional<CodeVersion> findByCodeAndNumber(Code code, int number) {
        return jdbc.sql(SELECT + " where code_id = ? and number = ?").params(code.getId(), number)
                .query(this::version).optional().map(v -> of(code, v));
    }

    public CodeVersion getVersion(Code code, int number) {
        return findByCodeAndNumber(code, number).orElseThrow(() -> new UnknownVersionException(code.getKey(), number));
    }

    public Optional<CodeVersion> findByCodeAndState(Code code, VersionState state) {
        return jdbc.sql(SELECT + " where code_id = ? and state = ? order by number").params(code.getId(), state.name())
                .query(this::version).list().stream().findFirst().map(v -> of(code, v));
    }

    public List<CodeVersion> findByCodeOrderByNumberAsc(Code code) {
        return jdbc.sql(SELECT + " where code_id = ? order by number").param(code.getId()).query(this::version)
                .list().stream().map(v -> of(code, v)).toList();
    }

    /** One page of a code's versions, oldest first (the number is unique within a code). */
    public Page<CodeVersion> findByCodeOrderByNumberAsc(Code code, Pageable page) {
        List<CodeVersion> content = jdbc.sql(SELECT + " where code_id = ? order by number limit ? offset ?")
                .params(code.getId(), page.getPageSize(), page.getOffset()).query(this::version).list().stream()
                .map(v -> of(code, v)).toList();
        return PageableExecutionUtils.getPage(content, page, () -> jdbc
                .sql("select count(*) from code_version where code_id = ?").param(code.getId())
                .query(Long.class).single());
    }

    public Page<CodeVersion> findByCodeAndStateInOrderByNumberAsc(Code code, Collection<VersionState> states,
            Pageable page) {
        List<String> names = states.stream().map(Enum::name).toList();
        List<CodeVersion> content = jdbc.sql(SELECT + " where code_id = :code and state in (:states)"
                        + " order by number limit :limit offset :offset")
                .param("code", code.getId()).param("states", names).param("limit", page.getPageSize())
                .param("offset", page.getOffset()).query(this::version).list().stream().map(v -> of(code, v))
                .toList();
        return PageableExecutionUtils.getPage(content, page, () -> jdbc
                .sql("select count(*) from code_version where code_id = :code and state in (:states)")
                .param("code", code.getId()).param("states", names).query(Long.class).single());
    }

    public int highestNumber(Code code) {
        return jdbc.sql("select coalesce(max(number), 0) from code_version where code_id = ?").param(code.getId())
                .query(Integer.class).single();
    }

    /** The versions in this state of the codes, each with the model version it is based on: two statements. */
    public List<CodeVersion> findByCodeIdInAndState(Collection<Long> codeIds, VersionState state) {
        List<CodeVersion> found = inState(codeIds, state);
        List<Long> basedOn = found.stream().map(CodeVersion::getBasedOnId).filter(id -> id != null).distinct()
                .toList();
        if (!basedOn.isEmpty()) {
            Map<Long, CodeVersion> models = jdbc.sql(SELECT + " where id in (:ids)").param("ids", basedOn)
                    .query(this::version).list().stream()
                    .collect(Collectors.toMap(CodeVersion::getId, Function.identity()));
            found.forEach(v -> {
                if (v.getBasedOnId() != null) {
                    v.withBasedOn(models.get(v.getBasedOnId()));
                }
            });
        }
        return found;
    }

    /** As {@link #findByCodeIdInAndState}, with each code: two statements. */
    public List<CodeVersion> findWithCodeByCodeIdInAndState(Collection<Long> codeIds, VersionState state) {
        List<CodeVersion> found = inState(codeIds, state);
        Map<Long, Code> byId = codes.findAllByIdIn(found.stream().map(CodeVersion::getCodeId).toList())
                .stream().collect(Collectors.toMap(Code::getId, Function.identity()));
        found.forEach(v -> v.withCode(byId.get(v.getCodeId())));
        return found;
    }

    private List<CodeVersion> inState(Collection<Long> codeIds, VersionState state) {
        if (codeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where code_id in (:codes) and state = :state order by code_id, number")
                .param("codes", codeIds)
                .param("state", state.name()).query(this::version).list();
    }

    /** These versions, each with its code: two statements. */
    public List<CodeVersion> findWithCodeByIdIn(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<CodeVersion> found = jdbc.sql(SELECT + " where id in (:ids) order by id").param("ids", ids)
                .query(this::version).list();
        Map<Long, Code> byId = codes.findAllByIdIn(found.stream().map(CodeVersion::getCodeId).distinct().toList())
                .stream().collect(Collectors.toMap(Code::getId, Function.identity()));
        found.forEach(v -> v.withCode(byId.get(v.getCodeId())));
        return found;
    }

    Code codeOf(Long codeId) {
        return codes.getCode(codeId);
    }

    /**
     * Reads the content of all these versions in four statements, for a page that shows several versions' content:
     * without it each version would read its own when first asked for.
     */
    public <T extends Collection<CodeVersion>> T withContent(T read) {
        List<Long> ids = read.stream().map(CodeVersion::getId).toList();
        if (ids.isEmpty()) {
            return read;
        }
        Map<Long, List<Promise>> promises = promisesOf(ids);
        Map<Long, List<RelatedProvision>> provisions = provisionsOf(ids);
        Map<Long, List<PerformanceIndicator>> indicators = indicatorsOf(ids);
        Map<Long, List<String>> teams = teamsOf(ids);
        read.forEach(v -> v.withContent(promises.getOrDefault(v.getId(), List.of()),
                provisions.getOrDefault(v.getId(), List.of()), indicators.getOrDefault(v.getId(), List.of()),
                teams.getOrDefault(v.getId(), List.of())));
        return read;
    }

    List<Promise> promisesOf(Long versionId) {
        return promisesOf(List.of(versionId)).getOrDefault(versionId, List.of());
    }

    List<RelatedProvision> provisionsOf(Long versionId) {
        return provisionsOf(List.of(versionId)).getOrDefault(versionId, List.of());
    }

    List<PerformanceIndicator> indicatorsOf(Long versionId) {
        return indicatorsOf(List.of(versionId)).getOrDefault(versionId, List.of());
    }

    List<String> teamsOf(Long versionId) {
        return teamsOf(List.of(versionId)).getOrDefault(versionId, List.of());
    }

    private Map<Long, List<Promise>> promisesOf(Collection<Long> versionIds) {
        return byVersion(jdbc.sql("""
                select p.version_id, p.id, p.position, p.category, p.text, p.model_promise_id,
                    m.position + 1 as model_number
                from promise p left join promise m on m.id = p.model_promise_id
                where p.version_id in (:versions) order by p.version_id, p.position""")
                .param("versions", versionIds)
                .query((rs, row) -> Map.entry(rs.getLong("version_id"), new Promise(rs.getLong("id"),
                        rs.getInt("position"), enumValue(rs, "category", PromiseCategory.class), rs.getString("text"),
                        nullableLong(rs, "model_promise_id"), nullableInt(rs, "model_number"))))
                .list());
    }

    private Map<Long, List<RelatedProvision>> provisionsOf(Collection<Long> versionIds) {
        return byVersion(jdbc.sql("""
                select version_id, id, position, type, text, promise_number from related_provision
                where version_id in (:versions) order by version_id, position""")
                .param("versions", versionIds)
                .query((rs, row) -> Map.entry(rs.getLong("version_id"), new RelatedProvision(rs.getLong("id"),
                        rs.getInt("position"), enumValue(rs, "type", ProvisionType.class), rs.getString("text"),
                        nullableInt(rs, "promise_number"))))
                .list());
    }

    private Map<Long, List<PerformanceIndicator>> indicatorsOf(Collection<Long> versionIds) {
        return byVersion(jdbc.sql("""
                select i.version_id, i.id, i.position, i.name, i.promise_number, i.comparison, i.target_value,
                    i.unit, i.model_indicator_id, m.position + 1 as model_number
                from performance_indicator i left join performance_indicator m on m.id = i.model_indicator_id
                where i.version_id in (:versions) order by i.version_id, i.position""")
                .param("versions", versionIds)
                .query((rs, row) -> Map.entry(rs.getLong("version_id"), new PerformanceIndicator(rs.getLong("id"),
                        rs.getInt("position"), new IndicatorDraft(rs.getString("name"),
                                nullableInt(rs, "promise_number"), enumValue(rs, "comparison", Comparison.class),
                                rs.getBigDecimal("target_value"), rs.getString("unit")),
                        nullableLong(rs, "model_indicator_id"), nullableInt(rs, "model_number"))))
                .list());
    }

    private Map<Long, List<String>> teamsOf(Collection<Long> versionIds) {
        return byVersion(jdbc.sql("""
                select version_id, name from version_team
                where version_id in (:versions) order by version_id, position""")
                .param("versions", versionIds)
                .query((rs, row) -> Map.entry(rs.getLong("version_id"), rs.getString("name")))
                .list());
    }

    private static <T> Map<Long, List<T>> byVersion(List<Map.Entry<Long, T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private CodeVersion version(ResultSet rs, int row) throws SQLException {
        return CodeVersion.restore(rs, this);
    }

    private static CodeVersion of(Code code, CodeVersion version) {
        version.withCode(code);
        return version;
    }
}
