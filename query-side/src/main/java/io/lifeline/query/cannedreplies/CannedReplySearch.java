package io.lifeline.query.cannedreplies;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The canned replies a staff member may use: their own and their teams' (every team's for admins),
 * those whose shortcut starts with the query first, then those whose shortcut or text contains it.
 */
@Repository
class CannedReplySearch {
    private final JdbcClient jdbc;

    CannedReplySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CannedReplyView> find(UUID staff, boolean admin, String query, int limit) {
        String like = query == null ? "%" : "%" + escaped(query.toLowerCase(java.util.Locale.ROOT)) + "%";
        String prefix = query == null ? "%" : escaped(query.toLowerCase(java.util.Locale.ROOT)) + "%";
        return jdbc.sql("""
                        SELECT reply_id, team_id, staff_id, shortcut, text FROM read_model.canned_reply r
                        WHERE (r.staff_id = :staff OR r.team_id IS NOT NULL AND (:admin OR EXISTS (
                                  SELECT 1 FROM read_model.routing_team_member m WHERE m.team_id = r.team_id AND m.staff_id = :staff)))
                          AND (r.shortcut LIKE :like ESCAPE '\\' OR lower(r.text) LIKE :like ESCAPE '\\')
                        ORDER BY (r.shortcut LIKE :prefix ESCAPE '\\') DESC, r.shortcut, r.reply_id
                        LIMIT :limit""")
                .param("staff", staff).param("admin", admin).param("prefix", prefix).param("like", like)
                .param("limit", limit)
                .query((rs, n) -> new CannedReplyView(rs.getObject("reply_id", UUID.class), rs.getObject("team_id", UUID.class),
                        rs.getObject("staff_id", UUID.class), rs.getString("shortcut"), rs.getString("text")))
                .list();
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
