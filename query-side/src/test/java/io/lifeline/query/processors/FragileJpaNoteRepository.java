package io.lifeline.query.processors;

import org.springframework.data.jpa.repository.JpaRepository;

/** {@link FragileJpaProjection}'s rows, written through JPA as the notifications projection writes its own. */
interface FragileJpaNoteRepository extends JpaRepository<FragileJpaNote, String> {}
