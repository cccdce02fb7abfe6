package io.lifeline.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The architecture rule on records' collections, tried on records made only for it. */
class CollectionsAreCopiedRuleTest {

    /** Keeps the caller's list: whoever made it can still change the record's value. */
    record KeepsTheCallersList(String name, List<String> items) {
    }

    /** Copies one map but keeps the other as given. */
    record CopiesOneOfTwoMaps(Map<String, String> first, Map<String, String> second) {
        CopiesOneOfTwoMaps {
            first = Map.copyOf(first);
        }
    }

    /** Wraps the set in a new mutable one: still changeable through the accessor. */
    record WrapsTheSetMutably(Set<String> tags) {
        WrapsTheSetMutably {
            tags = new java.util.HashSet<>(tags);
        }
    }

    /** Copies every collection, one of them only when given. */
    record CopiesEverything(List<String> items, Set<String> tags, Map<String, Integer> counts) {
        CopiesEverything {
            items = List.copyOf(items);
            tags = tags == null ? null : Set.copyOf(tags);
            counts = Map.copyOf(counts);
        }
    }

    record HasNoCollections(String name, int count) {
    }

    @Test
    void aRecordThatKeepsTheListItWasGivenBreaksTheRule() {
        var mutable = new ArrayList<>(List.of("a"));
        var record = new KeepsTheCallersList("x", mutable);
        mutable.add("b");
        assertThat(record.items()).as("the flaw the rule is for").containsExactly("a", "b");

        EvaluationResult result = evaluate(KeepsTheCallersList.class);

        assertThat(classes().that().areRecords().should().haveOnlyFinalFields()
                .evaluate(new ClassFileImporter().importClasses(KeepsTheCallersList.class)).hasViolation())
                .as("final fields alone let it through").isFalse();

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains("KeepsTheCallersList", "List", "[items]");
    }

    @Test
    void copyingOnlySomeOfTheCollectionsBreaksTheRule() {
        assertThat(evaluate(CopiesOneOfTwoMaps.class).getFailureReport().getDetails()).singleElement().asString()
                .contains("[first, second]", "1 copies");
        assertThat(evaluate(WrapsTheSetMutably.class).hasViolation()).isTrue();
    }

    @Test
    void recordsThatCopyEveryCollectionOrHaveNoneKeepTheRule() {
        assertThat(evaluate(CopiesEverything.class).hasViolation()).isFalse();
        assertThat(evaluate(HasNoCollections.class).hasViolation()).isFalse();
    }

    private static EvaluationResult evaluate(Class<?> record) {
        return ArchitectureTest.COLLECTIONS_ARE_COPIED.evaluate(new ClassFileImporter().importClasses(record));
    }
}
