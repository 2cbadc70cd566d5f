package com.supportbilling.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layers of docs/architecture.md as rules over the packages under a root: the application's own
 * ({@code com.supportbilling}), or a fixture's that breaks each of them on purpose.
 */
final class Layers {

    private final String root;

    private Layers(String root) {
        this.root = root;
    }

    static Layers under(String root) {
        return new Layers(root);
    }

    /** The billing rules are plain Java: no framework, no database. */
    ArchRule coreIsPlainJava() {
        return noClasses().that().resideInAPackage(root + ".core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..",
                        "javax.sql..")
                .as("core uses no Spring, Jakarta or JDBC");
    }

    /** Reading files, the ledger and writing files know nothing of the job or the commands that use them. */
    ArchRule adaptersDoNotUseTheJob() {
        return noClasses().that().resideInAnyPackage(packages("intake", "ledger", "output"))
                .should().dependOnClassesThat().resideInAnyPackage(packages("job", "run", "ops", "cli"))
                .as("intake, ledger and output do not use job, run, ops or cli");
    }

    ArchRule jobIsBelowTheRun() {
        return noClasses().that().resideInAPackage(root + ".job..")
                .should().dependOnClassesThat().resideInAnyPackage(packages("run", "ops", "cli"))
                .as("job does not use run, ops or cli");
    }

    /** The commands are the outermost layer: they start everything, and nothing starts them. */
    ArchRule nothingUsesTheCommands() {
        return noClasses().that().resideOutsideOfPackage(root + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(root + ".cli..")
                .as("nothing uses cli");
    }

    ArchRule noCyclesBetweenTopLevelPackages() {
        return slices().matching(root + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .as("no cycles between top-level packages");
    }

    List<ArchRule> all() {
        return List.of(coreIsPlainJava(), adaptersDoNotUseTheJob(), jobIsBelowTheRun(), nothingUsesTheCommands(),
                noCyclesBetweenTopLevelPackages());
    }

    private String[] packages(String... names) {
        return java.util.Arrays.stream(names).map(name -> root + "." + name + "..").toArray(String[]::new);
    }
}
