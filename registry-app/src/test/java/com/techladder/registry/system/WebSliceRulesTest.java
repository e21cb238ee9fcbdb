package com.techladder.registry.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Keeps every web slice in the one cached context of {@link WebSlice}: a slice test that declared a stub or an import
 * of its own, or a {@code @WebMvcTest} of its own, would build a context of its own again, silently.
 */
class WebSliceRulesTest {

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("com.techladder.registry");

    @Test
    void aSliceTestDeclaresNoStubOfItsOwn() {
        noFields().that().areDeclaredInClassesThat().areAnnotatedWith(WebSlice.class)
                .should().beAnnotatedWith(MockitoBean.class).orShould().beAnnotatedWith(MockitoSpyBean.class)
                .because("@WebSlice declares every stub; a test @Autowires the ones it needs")
                .check(TESTS);
    }

    @Test
    void aSliceTestAddsNoConfigurationOfItsOwn() {
        noClasses().that().areAnnotatedWith(WebSlice.class)
                .should().beAnnotatedWith(Import.class).orShould().beAnnotatedWith(MockitoBean.class)
                .because("a feature's web beans belong in its …SliceBeans annotation, which @WebSlice carries")
                .check(TESTS);
    }

    @Test
    void webMvcTestIsDeclaredOnlyByTheWebSlice() {
        noClasses().that().doNotHaveFullyQualifiedName(WebSlice.class.getName())
                .should().beAnnotatedWith(WebMvcTest.class)
                .because("a slice of its own is a context of its own: use @WebSlice")
                .check(TESTS);
    }
}
