package com.techladder.registry.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;

/**
 * registry-app is the web layer (docs/architecture.md, "Module boundaries"): controllers leave storage to services,
 * and of batch-import the application uses the facades only — the import facade, the classification job's launcher
 * and the assessment store — never a job's or the store's insides.
 */
class RegistryArchitectureTest {

    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.techladder.registry");

    /**
     * batch-import's facades: what registry-app may use of it, each with its nested types. Adding a class here is a
     * decision about the module boundary: say it in docs/architecture.md too.
     */
    static final Set<String> FACADES = Set.of(
            // the CSV imports: ImportService and what its methods take and return
            "com.techladder.batch.importing.ImportService",
            "com.techladder.batch.importing.ImportKind",
            "com.techladder.batch.importing.ImportStatus",
            "com.techladder.batch.importing.ImportLaunchException",
            "com.techladder.batch.importing.ImportFileRejectedException",
            "com.techladder.batch.importing.UnknownImportKindException",
            "com.techladder.batch.importing.ImportDefinitions",
            "com.techladder.batch.importing.ImportDefinition",
            "com.techladder.batch.importing.ImportColumn",
            "com.techladder.batch.importing.CellType",
            "com.techladder.batch.importing.RegistryVersion",
            // announcements a feature may listen to: a merge committed, a run completed
            "com.techladder.batch.importing.RegistryChanged",
            "com.techladder.batch.classification.RunCompleted",
            // the classification job: launching runs, their record, its settings
            "com.techladder.batch.classification.ClassificationRuns",
            "com.techladder.batch.classification.ClassificationRun",
            "com.techladder.batch.classification.RunStatus",
            "com.techladder.batch.classification.RunTrigger",
            "com.techladder.batch.classification.DataCoverage",
            "com.techladder.batch.classification.RunInProgressException",
            "com.techladder.batch.classification.RestartRefusedException",
            "com.techladder.batch.classification.ClassificationProperties",
            // the assessment store: Assessments and its value types
            "com.techladder.batch.assessment.Assessments",
            "com.techladder.batch.assessment.StoredAssessment",
            "com.techladder.batch.assessment.HistoryEntry",
            "com.techladder.batch.assessment.OfficialRun",
            "com.techladder.batch.assessment.OfficialYear",
            "com.techladder.batch.assessment.ReplayReport",
            "com.techladder.batch.assessment.RunDiff",
            // policy simulations and budget forecasts: PolicySimulations and its value types
            "com.techladder.batch.simulation.PolicySimulations",
            "com.techladder.batch.simulation.Simulation",
            "com.techladder.batch.simulation.SimulationFilter",
            "com.techladder.batch.simulation.SimulationKind",
            "com.techladder.batch.simulation.SimulationStatus",
            "com.techladder.batch.simulation.ChangedItem",
            "com.techladder.batch.simulation.SubsidyCost",
            "com.techladder.batch.simulation.Transition",
            // what batch-import has to say, as codes a reader's language renders
            "com.techladder.batch.text.Message",
            "com.techladder.batch.text.MessageException");

    private static final DescribedPredicate<JavaClass> BATCH_IMPORT_INSIDES =
            new DescribedPredicate<>("batch-import classes that are not one of its facades") {
                @Override
                public boolean test(JavaClass target) {
                    String name = target.getName();
                    return name.startsWith("com.techladder.batch.")
                            && FACADES.stream().noneMatch(f -> name.equals(f) || name.startsWith(f + "$"));
                }
            };

    @Test
    void controllersLeaveSqlToServices() {
        noClasses().that().areMetaAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAssignableTo(JdbcOperations.class)
                .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcOperations.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .because("a controller maps HTTP to a service call; SQL lives in the feature's storage class")
                .check(REGISTRY);
    }

    @Test
    void batchImportIsUsedThroughItsFacadesOnly() {
        noClasses().that().resideInAPackage("com.techladder.registry..")
                .should().dependOnClassesThat(BATCH_IMPORT_INSIDES)
                .because("registry-app is the web layer: imports, runs and assessments are batch-import's, behind "
                        + "ImportService, ClassificationRuns and Assessments")
                .check(REGISTRY);
    }

    /**
     * The store's tables in SQL: the run and criterion tables by name, {@code assessment} after FROM or JOIN (SQL is
     * written in capitals here, so "from assessment year" in a comment is not SQL) or under its alias {@code a}.
     */
    private static final Pattern STORE_TABLES = Pattern.compile(
            "\\b(classification_run|criterion_text)\\b|\\b(FROM|JOIN)\\s+assessment\\b|\\bassessment a ON\\b");
    /**
     * Set-based queries that join a run's query columns of {@code assessment} with the registry's own tables
     * (enterprises, certificates) and cannot be split without losing the join: the doubling plan's pipeline and the
     * registry search filtered by a run's outcomes. They take the run from {@code Assessments}.
     */
    private static final List<String> JOINS_WITH_THE_REGISTRY = List.of("PipelineQueries.java", "RegistrySearch.java");

    @Test
    void noOtherSqlReadsTheAssessmentStore() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("the sources are found from the module directory").isNotEmpty();
        List<String> readers = sources.stream()
                .filter(p -> STORE_TABLES.matcher(read(p)).find())
                .map(p -> p.getFileName().toString()).sorted().toList();
        assertThat(readers).as("registry-app sources with SQL on the assessment store")
                .containsExactlyInAnyOrderElementsOf(JOINS_WITH_THE_REGISTRY);
    }

    @Test
    void importsSomethingToCheck() {
        // the controller rule sees page controllers (@Controller) and API controllers (@RestController) alike
        assertThat(REGISTRY.get("com.techladder.registry.assessment.ClassificationRunController")
                .isMetaAnnotatedWith(Controller.class)).isTrue();
        assertThat(REGISTRY.get("com.techladder.registry.review.ReviewRunController")
                .isMetaAnnotatedWith(Controller.class)).isTrue();
        assertThat(JdbcTemplate.class).isAssignableTo(JdbcOperations.class);
        assertThat(NamedParameterJdbcTemplate.class).isAssignableTo(NamedParameterJdbcOperations.class);
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
