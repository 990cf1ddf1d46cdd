package dev.triggerstudio.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/architecture.md#layers, enforced. */
@AnalyzeClasses(packages = "dev.triggerstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule onlyUiUsesJavafx = noClasses().that().resideOutsideOfPackage("dev.triggerstudio.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..", "org.kordamp..")
            .because("the engine is headless and fully usable from the CLI and tests (docs/architecture.md#layers)");

    @ArchTest
    static final ArchRule modelImportsNothingOfOurs = noClasses().that().resideInAPackage("dev.triggerstudio.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.triggerstudio.store..", "dev.triggerstudio.lang..",
                    "dev.triggerstudio.engine..", "dev.triggerstudio.trace..", "dev.triggerstudio.bundle..",
                    "dev.triggerstudio.cli..", "dev.triggerstudio.ui..")
            .because("the project format is the bottom layer");

    @ArchTest
    static final ArchRule storeOnlyUsesModel = noClasses().that().resideInAPackage("dev.triggerstudio.store..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.triggerstudio.lang..", "dev.triggerstudio.engine..",
                    "dev.triggerstudio.trace..", "dev.triggerstudio.bundle..", "dev.triggerstudio.cli..",
                    "dev.triggerstudio.ui..")
            .because("the store knows objects and records, not how they are processed");

    @ArchTest
    static final ArchRule langOnlyUsesModel = noClasses().that().resideInAPackage("dev.triggerstudio.lang..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.triggerstudio.store..", "dev.triggerstudio.engine..",
                    "dev.triggerstudio.trace..", "dev.triggerstudio.bundle..", "dev.triggerstudio.cli..",
                    "dev.triggerstudio.ui..")
            .because("languages reach the store only through the ScriptHost the engine gives them");

    @ArchTest
    static final ArchRule traceOnlyUsesModel = noClasses().that().resideInAPackage("dev.triggerstudio.trace..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.triggerstudio.store..", "dev.triggerstudio.lang..",
                    "dev.triggerstudio.engine..", "dev.triggerstudio.bundle..", "dev.triggerstudio.cli..",
                    "dev.triggerstudio.ui..")
            .because("trace events are plain data any listener can read");

    @ArchTest
    static final ArchRule engineDoesNotKnowCliOrUi = noClasses().that().resideInAPackage("dev.triggerstudio.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.triggerstudio.cli..", "dev.triggerstudio.ui..",
                    "dev.triggerstudio.bundle..")
            .because("the engine is driven by the CLI and the IDE, never the other way round");

    @ArchTest
    static final ArchRule bundleOnlyUsesModel = noClasses().that().resideInAPackage("dev.triggerstudio.bundle..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.triggerstudio.engine..", "dev.triggerstudio.store..",
                    "dev.triggerstudio.cli..", "dev.triggerstudio.ui..")
            .because("bundles are files of the project format (docs/architecture.md#layers)");

    @ArchTest
    static final ArchRule cliDoesNotUseUi = noClasses().that().resideInAPackage("dev.triggerstudio.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.triggerstudio.ui..")
            .because("the CLI runs where there is no display");

    @ArchTest
    static final ArchRule uiReachesTheStoreOnlyThroughTheEngine = noClasses().that().resideInAPackage("dev.triggerstudio.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.triggerstudio.store..")
            .because("the IDE shows what the engine answers (rows, the outbox, a lens, a run) and never opens,"
                    + " copies or queries the store itself (docs/architecture.md#ui-conventions)");

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching("dev.triggerstudio.(*)..")
            .should().beFreeOfCycles()
            .because("each layer can then be read, tested and changed without the ones above it"
                    + " (docs/architecture.md#layers)");

    @ArchTest
    static final ArchRule engineNeverNamesALanguage = noClasses().that().resideInAPackage("dev.triggerstudio.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.triggerstudio.lang.python..",
                    "dev.triggerstudio.lang.lua..", "dev.triggerstudio.lang.stanza..")
            .because("each language owns everything about itself behind ScriptRuntime, so a new language"
                    + " needs no engine change (docs/architecture.md#the-language-interface)");

    @ArchTest
    static final ArchRule viewModelsNeverTouchControls = noClasses().that().haveNameMatching(".*ViewModel(\\$.*)?")
            .or().resideInAPackage("dev.triggerstudio.ui.simulator.model..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("a view model holds state and commands and is tested with plain JUnit, without a toolkit"
                    + " (docs/architecture.md#ui-conventions)");

    private static final DescribedPredicate<JavaMethodCall> TRACE_MUTATOR = DescribedPredicate.describe(
            "a mutator of TraceNode or OperationTrace", call -> {
                String owner = call.getTargetOwner().getName();
                boolean traceClass = owner.equals("dev.triggerstudio.trace.TraceNode")
                        || owner.equals("dev.triggerstudio.trace.OperationTrace");
                String name = call.getName();
                return traceClass && (!call.getTarget().getRawParameterTypes().isEmpty() || name.equals("freeze"));
            });

    @ArchTest
    static final ArchRule uiNeverWritesATrace = noClasses().that().resideInAPackage("dev.triggerstudio.ui..")
            .should().callMethodWhere(TRACE_MUTATOR)
            .because("the views show a finished run as the engine left it; trace nodes are written only by the"
                    + " engine and read back only by TraceJsonReader (docs/architecture.md#the-trace-and-its-listeners)");

    private static final DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> READS_A_TRACE =
            DescribedPredicate.describe("read a trace", c -> c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("dev.triggerstudio.trace")));

    @ArchTest
    static final ArchRule viewsOfATraceCopyItsLists = noClasses().that().resideInAPackage("dev.triggerstudio.ui..")
            .and(READS_A_TRACE)
            .should().callMethod("javafx.collections.FXCollections", "observableList", "java.util.List")
            .because("a finished trace's lists are read-only, and a control that sorts or clears the list it"
                    + " was given in place would throw; controls get a copy (getItems().setAll)");
}
