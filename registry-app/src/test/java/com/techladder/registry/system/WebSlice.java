package com.techladder.registry.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.importing.ImportDefinitions;
import com.techladder.batch.importing.ImportService;
import com.techladder.batch.importing.certificates.CertificateImport;
import com.techladder.batch.importing.enterprises.EnterpriseImport;
import com.techladder.registry.assessment.AssessmentSliceBeans;
import com.techladder.registry.assessment.RunLauncher;
import com.techladder.registry.audit.AuditLog;
import com.techladder.registry.console.ConsoleSliceBeans;
import com.techladder.registry.console.RegistrySearch;
import com.techladder.registry.dataerror.DataErrorService;
import com.techladder.registry.enterprise.EnterpriseRecords;
import com.techladder.registry.importing.ImportUploads;
import com.techladder.registry.plan.PlanSliceBeans;
import com.techladder.registry.policy.ParametersInForce;
import com.techladder.registry.policy.PolicyWorkbench;
import com.techladder.registry.policy.simulation.PolicySimulationService;
import com.techladder.registry.policy.simulation.SimulationSliceBeans;
import com.techladder.registry.portal.Formats;
import com.techladder.registry.portal.PortalSliceBeans;
import com.techladder.registry.review.ReviewSliceBeans;
import com.techladder.registry.security.SecuritySliceBeans;
import com.techladder.registry.selfcheck.SelfCheckService;

/**
 * The web slice every controller and page test runs in: {@code @WebMvcTest} of all the controllers, the application's
 * filter chain, CSRF and {@code @PreAuthorize} rules, the real formatting and wording beans, and a Mockito stub of
 * every service the web layer calls. A test declares nothing else (no {@code @MockitoBean} field, no
 * {@code @Import}): it {@code @Autowired}s the stubs it needs. So every slice has the same configuration and Spring's
 * test context cache builds it once per test JVM, rather than once per test class (docs/architecture.md, "Testing").
 * <p>
 * The web classes are package-private, so each feature lists its own in a {@code …SliceBeans} annotation of its test
 * package; the public ones are listed here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ProblemWriter.class, MessageWords.class, Formats.class,
        ImportDefinitions.class, EnterpriseImport.class, CertificateImport.class})
@MockitoBean(types = {Assessments.class, RunLauncher.class, AuditLog.class, DataErrorService.class,
        EnterpriseRecords.class, ImportService.class, ImportUploads.class, PolicyWorkbench.class,
        ParametersInForce.class, PolicySimulationService.class, RegistrySearch.class, SelfCheckService.class})
@AssessmentSliceBeans
@ConsoleSliceBeans
@PlanSliceBeans
@PortalSliceBeans
@ReviewSliceBeans
@SecuritySliceBeans
@SimulationSliceBeans
public @interface WebSlice {
}
