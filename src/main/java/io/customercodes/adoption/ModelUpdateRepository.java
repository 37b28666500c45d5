package io.customercodes.adoption;

import static io.customercodes.system.jdbc.Rows.instant;
import static io.customercodes.system.jdbc.Rows.nullableLong;
import static io.customercodes.system.jdbc.Rows.utc;

import io.customercodes.system.jdbc.Inserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class ModelUpdateRepository {

    private static final String SELECT = """
            select id, model_code_id, adopter_code_id, from_version_id, to_version_id, published_at,
                   review_requested, review_id
            from model_update""";

    private final JdbcClient jdbc;

    ModelUpdateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The adopter's lifecycle took the request for a review. Only that column: the review the request started has
     * written the other (as shown in it) meanwhile.
     */
    void reviewRequested(ModelUpdate u) {
        u.reviewRequested();
        jdbc.sql("update model_update set review_requested = true where id = ?").param(u.getId()).update();
    }

    void shownIn(ModelUpdate u, Long reviewId) {
        u.shownIn(reviewId);
        jdbc.sql("update model_update set review_id = ? where id = ?").params(reviewId, u.getId()).update();
    }

    ModelUpdate save(ModelUpdate u) {
        long id = Inserts.returningId(jdbc.sql("""
                insert into model_update (model_code_id, adopter_code_id, from_version_id, to_version_id, published_at,
                    review_requested, review_id)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(u.getModelCodeId(), u.getAdopterCodeId(), u.getFromVersionId(), u.getToVersionId(),
                        utc(u.getPublishedAt()), u.isReviewRequested(), u.getReviewId()));
        return new ModelUpdate(id, u.getModelCodeId(), u.getAdopterCodeId(), u.getFromVersionId(),
                u.getToVersionId(), u.getPublishedAt(), u.isReviewRequested(), u.getReviewId());
    }

    List<ModelUpdate> findByToVersionIdOrderByIdAsc(Long toVersionId) {
        return jdbc.sql(SELECT + " where to_version_id = ? order by id").param(toVersionId)
                .query(ModelUpdateRepository::update).list();
    }

    /** The updates no review of the adopter has shown yet, oldest first. */
    List<ModelUpdate> findByAdopterCodeIdAndReviewIdIsNullOrderByIdAsc(Long adopterCodeId) {
        return jdbc.sql(SELECT + " where adopter_code_id = ? and review_id is null order by id").param(adopterCodeId)
                .query(ModelUpdateRepository::update).list();
    }

    List<ModelUpdate> findByReviewIdInOrderByIdAsc(Collection<Long> reviewIds) {
        return jdbc.sql(SELECT + " where review_id in (:reviews) order by id").param("reviews", reviewIds)
                .query(ModelUpdateRepository::update).list();
    }

    ModelUpdate getUpdate(Long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(ModelUpdateRepository::update).optional()
                .orElseThrow(() -> new IllegalArgumentException("No model update with id " + id));
    }

    private static ModelUpdate update(ResultSet rs, int row) throws SQLException {
        return new ModelUpdate(rs.getLong("id"), rs.getLong("model_code_id"), rs.getLong("adopter_code_id"),
                nullableLong(rs, "from_version_id"), rs.getLong("to_version_id"), instant(rs, "published_at"),
                rs.getBoolean("review_requested"), nullableLong(rs, "review_id"));
    }
}
