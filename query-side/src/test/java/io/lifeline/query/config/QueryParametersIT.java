package io.lifeline.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.query.QuerySideIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every query parameter that is not valid is a 400 {@code invalid-request} problem whose detail names
 * the parameter and says what is wrong with it: never a 500, never "a parameter is not valid".
 */
class QueryParametersIT extends QuerySideIntegrationTest {
    private final String admin = token(UUID.randomUUID().toString(), "staff", "ADMIN");

    @Test
    void aNulCharacterInAnyFreeTextParameterIsRefusedByName() {
        refused("/api/query/search?q=%00", "q", "U+0000");
        refused("/api/query/search?q=help&label=%00", "label", "U+0000");
        refused("/api/query/search?q=help&cursor=%00", "cursor", "U+0000");
        refused("/api/query/inbox?label=%00", "label", "U+0000");
        refused("/api/query/inbox/counts?label=vip%00", "label", "U+0000");
        refused("/api/query/inbox?assignee=%00", "assignee", "U+0000");
        refused("/api/query/inbox?cursor=abc%00", "cursor", "U+0000");
        refused("/api/query/audit?actor=%00", "actor", "U+0000");
        refused("/api/query/audit?aggregateId=%00", "aggregateId", "U+0000");
        refused("/api/query/audit?type=Message%00Sent", "type", "U+0000");
        refused("/api/query/events?type=%00", "type", "U+0000");
        refused("/api/query/stats/drill-down?figure=%00", "figure", "U+0000");
        refused("/api/query/stats/drill-down?figure=reply&after=%00", "after", "U+0000");
    }

    @Test
    void otherControlCharactersAreRefusedByNameToo() {
        refused("/api/query/search?q=help%07me", "q", "U+0007");
        refused("/api/query/audit?actor=staff%1B", "actor", "U+001B");
    }

    @Test
    void everyOtherBadParameterIsRefusedByNameWithWhatIsWrong() {
        String conversation = UUID.randomUUID().toString();
        refused("/api/query/inbox?status=LOST", "status", "OPEN");
        refused("/api/query/inbox?mine=maybe", "mine", "true or false");
        refused("/api/query/inbox?limit=0", "limit", "1");
        refused("/api/query/inbox?limit=lots", "limit", "number");
        refused("/api/query/inbox?from=yesterday", "from", "ISO");
        refused("/api/query/inbox?cursor=not-a-cursor", "cursor", "next");
        refused("/api/query/inbox?assignee=someone", "assignee", "staff id");
        refused("/api/query/search", "q", "missing");
        refused("/api/query/search?q=%20", "q", "blank");
        refused("/api/query/search?q=help&cursor=nonsense", "cursor", "next");
        refused("/api/query/audit?after=-1", "after", "0");
        refused("/api/query/events?conversationId=nope", "conversationId", "UUID");
        refused("/api/query/stats?from=yesterday", "from", "ISO");
        refused("/api/query/stats?from=2030-01-01T00:00:00Z&to=2030-01-01T00:00:00Z", "from", "before");
        refused("/api/query/stats/drill-down?figure=nonsense", "figure", "firstResponse");
        refused("/api/query/stats/drill-down?figure=status:MAYBE", "figure", "firstResponse");
        refused("/api/query/stats/drill-down?figure=agent:not-a-uuid", "figure", "firstResponse");
        refused("/api/query/stats/drill-down?figure=reply&after=garbage", "after", "next");
        refused("/api/query/notifications?after=-5", "after", "0");
        refused("/api/query/conversations/not-a-uuid", "id", "UUID");
        refused("/api/query/conversations/" + conversation + "/timeline?before=-1", "before", "0");
        refused("/api/query/conversations/" + conversation + "/events?limit=5000", "limit", "1000");
        refused("/api/query/conversations/" + conversation + "/as-of?at=yesterday", "at", "ISO");
        refused("/api/query/audit/conversations/" + conversation + "/reads?limit=0", "limit", "1");
    }

    private void refused(String path, String parameter, String whatIsWrong) {
        var response = get(path, admin);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(400);
        assertThat(response.body().path("code").asString()).as(path).isEqualTo("invalid-request");
        assertThat(response.body().path("detail").asString()).as(path)
                .startsWith("parameter '" + parameter + "' ")
                .containsIgnoringCase(whatIsWrong);
    }
}
