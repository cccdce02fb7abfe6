package io.lifeline.query.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.StaffDeactivated;
import io.lifeline.contracts.staff.StaffPasswordChanged;
import io.lifeline.contracts.staff.StaffRegistered;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.staff.StaffRoleChanged;
import io.lifeline.contracts.staff.Username;
import io.lifeline.query.QuerySideIntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The staff directory, built from the staff members' events: what colleagues see, what admins see, and a rebuild. */
class StaffDirectoryIT extends QuerySideIntegrationTest {
    private static final Instant REGISTERED = Instant.parse("2026-11-02T09:00:00Z");

    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void staffSeeColleaguesNamesAndRolesAndAdminsSeeTheAccounts() throws InterruptedException {
        StaffId ana = StaffId.random();
        StaffId bo = StaffId.random();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        append(ana, new StaffRegistered(ana, new Username("ana-" + suffix), "Ana <b>Lima</b>", StaffRole.AGENT),
                new StaffRoleChanged(ana, StaffRole.ADMIN, StaffRole.AGENT),
                new StaffPasswordChanged(ana));
        append(bo, new StaffRegistered(bo, new Username("bo-" + suffix), "Bo Berg", StaffRole.AGENT),
                new StaffDeactivated(bo));
        awaitCaughtUp();

        JsonNode seenByAgent = member(get("/api/query/staff", token(UUID.randomUUID().toString(), "staff", "AGENT")).body(), ana);
        assertThat(seenByAgent.path("displayName").asString()).isEqualTo("Ana <b>Lima</b>");
        assertThat(seenByAgent.path("role").asString()).isEqualTo("ADMIN");
        assertThat(seenByAgent.path("active").asBoolean()).isTrue();
        assertThat(seenByAgent.path("username").isNull()).as("a colleague's username is for admins").isTrue();
        assertThat(seenByAgent.path("registeredAt").isNull()).isTrue();

        JsonNode seenByAdmin = member(get("/api/query/staff", admin()).body(), bo);
        assertThat(seenByAdmin.path("username").asString()).isEqualTo("bo-" + suffix);
        assertThat(seenByAdmin.path("active").asBoolean()).isFalse();
        assertThat(seenByAdmin.path("registeredAt").asString()).isEqualTo(REGISTERED.toString());
        assertThat(seenByAdmin.path("deactivatedAt").asString()).isEqualTo(REGISTERED.plusSeconds(1).toString());
        assertThat(get("/api/query/staff/" + ana, admin()).body().path("passwordChangedAt").asString())
                .isEqualTo(REGISTERED.plusSeconds(2).toString());
        assertThat(get("/api/query/staff/" + ana, analyst()).body().path("passwordChangedAt").isNull()).isTrue();

        List<String> order = new ArrayList<>();
        get("/api/query/staff", analyst()).body().forEach(one -> order.add(one.path("staffId").asString()));
        assertThat(order.indexOf(ana.toString())).as("active staff first").isLessThan(order.indexOf(bo.toString()));
    }

    @Test
    void devicesCannotListStaffAndAnUnknownStaffMemberIsNotFound() {
        assertThat(get("/api/query/staff", token("d-" + UUID.randomUUID(), "device", "DEVICE")).status()).isEqualTo(403);
        assertThat(get("/api/query/staff", null).status()).isEqualTo(401);
        var unknown = get("/api/query/staff/" + UUID.randomUUID(), admin());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("code").asString()).isEqualTo("not-found");
    }

    @Test
    void theRebuiltDirectoryHasTheSameRows() throws InterruptedException {
        StaffId cy = StaffId.random();
        append(cy, new StaffRegistered(cy, new Username("cy-" + UUID.randomUUID().toString().substring(0, 8)), "Cy",
                StaffRole.ANALYST), new StaffRoleChanged(cy, StaffRole.AGENT, StaffRole.ANALYST), new StaffDeactivated(cy));
        awaitCaughtUp();
        List<Map<String, Object>> before = rows();
        assertThat(before).isNotEmpty();

        jdbc.sql("DELETE FROM read_model.staff_directory").update();
        assertThat(post("/api/query/processors/staff-directory/rebuild", analyst()).status()).isEqualTo(202);
        awaitCaughtUp();
        assertThat(rows()).isEqualTo(before);
    }

    private List<Map<String, Object>> rows() {
        return jdbc.sql("SELECT * FROM read_model.staff_directory ORDER BY staff_id").query().listOfRows();
    }

    private static JsonNode member(JsonNode list, StaffId staff) {
        for (JsonNode one : list) {
            if (one.path("staffId").asString().equals(staff.toString())) return one;
        }
        throw new AssertionError(staff + " is not listed: " + list);
    }

    /** One staff member's events, a second apart from {@link #REGISTERED}, as the command side stores them. */
    private void append(StaffId staff, Object... payloads) {
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int sequence = 0; sequence < payloads.length; sequence++) {
            events.add(new GenericDomainEventMessage<>("StaffMember", staff.toString(), sequence, payloads[sequence],
                    MetaData.with(Actor.METADATA_KEY, Actor.system("test").toString()), UUID.randomUUID().toString(),
                    REGISTERED.plusSeconds(sequence)));
        }
        storage.appendEvents(new ArrayList<>(events));
    }
}
