package com.techladder.registry.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's security configuration for {@code @WebMvcTest} slices in other packages (it is package-private):
 * the same filter chain, CSRF and {@code @PreAuthorize} rules as the running application. Import it with
 * {@code ProblemWriter}, which the chain answers problems with.
 */
@TestConfiguration
@Import(SecurityConfig.class)
public class SliceSecurity {
}
