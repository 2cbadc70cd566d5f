package com.supportbilling.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each layering rule reports the class of the fixture ({@code architecture.broken}) that breaks it: a rule
 * that could not fail would hold the application's layers to nothing.
 */
class LayersCanFailTest {

    private static final String FIXTURE = "com.supportbilling.architecture.broken";

    private static JavaClasses broken;

    @BeforeAll
    static void importTheFixture() {
        broken = new ClassFileImporter().importPackages(FIXTURE);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                breaks(Layers::coreIsPlainJava, "core.UsesJdbc"),
                breaks(Layers::adaptersDoNotUseTheJob, "intake.UsesJob"),
                breaks(Layers::jobIsBelowTheRun, "job.UsesRun"),
                breaks(Layers::nothingUsesTheCommands, "ledger.UsesCli"),
                breaks(Layers::noCyclesBetweenTopLevelPackages, "billed.Left"));
    }

    private static Arguments breaks(Function<Layers, ArchRule> rule, String offender) {
        return Arguments.of(rule.apply(Layers.under(FIXTURE)), FIXTURE + "." + offender);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheClassThatBreaksIt(ArchRule rule, String offender) {
        EvaluationResult result = rule.evaluate(broken);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(detail -> detail.contains(offender));
    }
}
