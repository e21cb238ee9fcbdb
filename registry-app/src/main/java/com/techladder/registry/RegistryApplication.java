package com.techladder.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** TechLadder: the registry behind Fuzhou's technology-enterprise ladder. */
@SpringBootApplication(scanBasePackages = "com.techladder")
public class RegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegistryApplication.class, args);
    }
}
