package com.techladder.registry.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's security configuration for web slices in other packages (it is package-private): the same filter
 * chain, CSRF and {@code @PreAuthorize} rules as the running application, and the account settings the login page
 * reads. {@link com.techladder.registry.system.WebSlice} imports it.
 */
@TestConfiguration
@Import(SecurityConfig.class)
@EnableConfigurationProperties(AccountProperties.class)
public class SliceSecurity {
}
