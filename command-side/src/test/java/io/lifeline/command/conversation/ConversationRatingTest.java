package io.lifeline.command.conversation;

import static io.lifeline.command.conversation.ConversationFixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.conversation.*;
import io.lifeline.contracts.shape.InvalidField;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** The visitor rates a resolved conversation: once per resolution, replaced by a new rating, never by staff. */
class ConversationRatingTest {
    private final FixtureConfiguration<Conversation> fixture = newFixture();

    @Test
    void theDeviceRatesItsResolvedConversationNamingWhoHeldIt() {
        fixture.given(started(), assigned(AGENT), new ConversationResolved(ID))
                .when(new RateConversation(ID, 5, new MessageBody("quick and kind")), asDevice())
                .expectEvents(new ConversationRated(ID, 5, new MessageBody("quick and kind"), AGENT));
    }

    @Test
    void theSameRatingAgainChangesNothingAndAnotherReplacesIt() {
        fixture.given(started(), new ConversationResolved(ID), new ConversationRated(ID, 2, null, null))
                .when(new RateConversation(ID, 2, null), asDevice())
                .expectNoEvents();
        fixture.given(started(), new ConversationResolved(ID), new ConversationRated(ID, 2, null, null))
                .when(new RateConversation(ID, 4, null), asDevice())
                .expectEvents(new ConversationRated(ID, 4, null, null));
    }

    @Test
    void aReopenedConversationsNextResolutionIsRatedOnItsOwn() {
        fixture.given(started(), new ConversationResolved(ID), new ConversationRated(ID, 5, null, null),
                        new ConversationReopened(ID), new ConversationResolved(ID))
                .when(new RateConversation(ID, 5, null), asDevice())
                .expectEvents(new ConversationRated(ID, 5, null, null));
    }

    @Test
    void anOpenConversationIsNotRatedYet() {
        fixture.given(started())
                .when(new RateConversation(ID, 5, null), asDevice())
                .expectNoEvents()
                .expectException(ConversationNotResolved.class);
    }

    @Test
    void onlyItsOwnDeviceRates() {
        fixture.given(started(), assigned(AGENT), new ConversationResolved(ID))
                .when(new RateConversation(ID, 5, null), asAgent())
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
        fixture.given(started(), new ConversationResolved(ID))
                .when(new RateConversation(ID, 5, null), asOtherDevice())
                .expectNoEvents()
                .expectException(ConversationNotFound.class);
    }

    @Test
    void aRatingIsOneToFive() {
        assertThatThrownBy(() -> new RateConversation(ID, 0, null)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new RateConversation(ID, 6, null)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new RateConversation(ID, 3, new MessageBody("x".repeat(1_001)))).isInstanceOf(InvalidField.class);
    }
}
