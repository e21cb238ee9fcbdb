package com.techladder.batch;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/**
 * Adds batch-import's package to the application's auto-configuration packages, where Spring Boot looks for JPA
 * entities and Spring Data repositories: the application's own package ({@code com.techladder.registry}) does not hold
 * the import and run records. Added to, not replacing, what the application declares (an {@code @EntityScan} here
 * would hide the application's entities).
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class BatchEntities {
}
