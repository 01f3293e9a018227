package org.audienceimport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layering DEVELOPERS.md describes, kept true by the build. */
@AnalyzeClasses(packages = "org.audienceimport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ENGINE = {
        "org.audienceimport.source..", "org.audienceimport.mapping..", "org.audienceimport.convert..",
        "org.audienceimport.upload..", "org.audienceimport.sandbox..", "org.audienceimport.text.."};

    @ArchTest
    static final ArchRule only_ui_touches_javafx = noClasses()
            .that().resideOutsideOfPackage("org.audienceimport.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp.ikonli..")
            .because("only the ui package may use JavaFX; the engine runs the same in the command line");

    @ArchTest
    static final ArchRule engine_knows_neither_ui_nor_cli = noClasses()
            .that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("org.audienceimport.ui..", "org.audienceimport.cli..")
            .because("the ui and the cli are two faces of one engine");

    @ArchTest
    static final ArchRule only_cli_writes_to_the_console = noClasses()
            .that().resideOutsideOfPackage("org.audienceimport.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("stdout belongs to the command line's output (--json); everything else logs");

    @ArchTest
    static final ArchRule engine_does_not_depend_on_picocli = noClasses()
            .that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("picocli..");

    @ArchTest
    static final ArchRule stages_flow_one_way = noClasses()
            .that().resideInAPackage("org.audienceimport.source..")
            .should().dependOnClassesThat().resideInAnyPackage("org.audienceimport.mapping..",
                    "org.audienceimport.convert..", "org.audienceimport.upload..", "org.audienceimport.sandbox..")
            .because("data moves one way, from the file to the server; each stage knows only the one before it");

    @ArchTest
    static final ArchRule texts_know_no_stage = noClasses()
            .that().resideInAPackage("org.audienceimport.text..")
            .should().dependOnClassesThat().resideInAnyPackage("org.audienceimport.source..", "org.audienceimport.mapping..",
                    "org.audienceimport.convert..", "org.audienceimport.upload..", "org.audienceimport.sandbox..")
            .because("every stage words its messages with org.audienceimport.text, so it sits below them all");
}
