package io.lifeline.query.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.conversation.ConversationStatus;
import io.lifeline.query.QuerySideIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page of the inbox is read from an index in queue order, never by scanning and sorting the
 * table: checked on the very statements the repository runs, over 20,000 rows.
 */
class InboxPageCostIT extends QuerySideIntegrationTest {
    private static final String FAKE = "page-cost-";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID STAFF = UUID.randomUUID();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    InboxRepository inbox;

    @BeforeEach
    void twentyThousandConversations() {
        // Written directly: replaying 20,000 histories would test the projection, not the plan.
        jdbc.sql("""
                INSERT INTO read_model.inbox_conversation (conversation_id, device_id, status, priority, channel, context_kind,
                    created_at, waiting_since, has_urgent, assignee, last_sequence, missed_targets)
                SELECT gen_random_uuid(), :fake || n, (ARRAY['OPEN','SNOOZED','RESOLVED','CLOSED'])[1 + n % 4],
                       (ARRAY['LOW','NORMAL','HIGH','URGENT'])[1 + n % 4], 'MOBILE', 'GENERAL',
                       now() - n * interval '1 minute', CASE WHEN n % 3 = 0 THEN NULL ELSE now() - n * interval '1 second' END,
                       n % 50 = 0, CASE WHEN n % 5 = 0 THEN NULL WHEN n % 7 = 0 THEN CAST(:staff AS UUID) ELSE gen_random_uuid() END, 1,
                       CASE WHEN n % 11 = 0 THEN ARRAY['FIRST_RESPONSE'] ELSE '{}'::text[] END
                FROM generate_series(1, 20000) AS n""").param("fake", FAKE).param("staff", STAFF).update();
        jdbc.sql("ANALYZE read_model.inbox_conversation").update();
    }

    @AfterEach
    void removeThem() {
        // the table is shared with the other tests and must equal its rebuild again
        jdbc.sql("DELETE FROM read_model.inbox_conversation WHERE device_id LIKE :fake").param("fake", FAKE + "%").update();
    }

    @Test
    void everyPageOfTheQueueIsAnIndexScanWithoutSorting() {
        InboxFilter unassigned = InboxFilter.of(null, null, null, null, "none", false, null, null, null, null);
        InboxFilter mine = InboxFilter.of(null, null, null, null, null, true, STAFF.toString(), null, null, null);
        InboxFilter open = InboxFilter.of(ConversationStatus.OPEN, null, null, null, null, false, null, null, null, null);
        InboxFilter everything = InboxFilter.of(null, null, null, null, null, false, null, null, null, null);
        InboxFilter missed = InboxFilter.of(null, null, null, null, null, false, null, null, null, null, true);
        for (InboxFilter filter : List.of(unassigned, mine, open, everything, missed)) {
            List<InboxRepository.Row> first = inbox.page(filter, null, 50);
            assertThat(first).as("the fake rows fill a page").hasSize(50);
            InboxCursor after = first.get(49).cursor();
            assertThat(inbox.page(filter, after, 50)).hasSize(50);
            assertThat(planNodes(inbox.pageStatement(unassigned, after, 50)))
                    .contains("Index Scan on inbox_conversation using inbox_unassigned_queue");
            for (InboxCursor cursor : new InboxCursor[] {null, after}) {
                List<String> nodes = planNodes(inbox.pageStatement(filter, cursor, 50));
                assertThat(nodes).as("plan for " + filter + " after " + cursor)
                        .anyMatch(node -> node.startsWith("Index") && node.contains(" on inbox_conversation using "))
                        .noneMatch(node -> node.startsWith("Seq Scan"))
                        .noneMatch(node -> node.startsWith("Sort") || node.startsWith("Incremental Sort"));
            }
        }
    }

    private List<String> planNodes(InboxRepository.Statement statement) {
        String plan = inbox.run(new InboxRepository.Statement("EXPLAIN (FORMAT JSON) " + statement.sql(), statement.params()))
                .query(String.class).single();
        List<String> nodes = new ArrayList<>();
        collect(JSON.readTree(plan).get(0).path("Plan"), nodes);
        return nodes;
    }

    private static void collect(JsonNode node, List<String> nodes) {
        String relation = node.path("Relation Name").asString("");
        String index = node.path("Index Name").asString("");
        nodes.add(node.path("Node Type").asString() + (relation.isEmpty() ? "" : " on " + relation)
                + (index.isEmpty() ? "" : " using " + index));
        // a page's labels are looked up per row of the page (a sub-plan): not a cost of the table's size
        node.path("Plans").forEach(child -> {
            if (!"SubPlan".equals(child.path("Parent Relationship").asString(""))) collect(child, nodes);
        });
    }
}
