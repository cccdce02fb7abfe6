package io.lifeline.query.processors;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event {@link FragileJpaProjection} applied: a row JPA inserts when it flushes. */
@Entity
@Table(name = "fragile_jpa_note", schema = "test_side")
class FragileJpaNote {
    @Id
    private String id;
    private String conversationId;
    private long sequence;

    protected FragileJpaNote() {
        // for JPA
    }

    FragileJpaNote(String conversationId, long sequence) {
        this.id = conversationId + "/" + sequence;
        this.conversationId = conversationId;
        this.sequence = sequence;
    }
}
