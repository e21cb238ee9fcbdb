package com.techladder.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every way the documentation starts the registry makes an OutOfMemoryError end the process (issue 11: a server hit by
 * one stayed up answering nothing): the run profile of this module's POM, every {@code java … -jar} of the README and
 * of docs/operations.md.
 */
class RunConfigurationTest {

    private static final String FLAG = "-XX:+ExitOnOutOfMemoryError";
    private static final Pattern JAVA_JAR = Pattern.compile("\\bjava\\s.*-jar\\b");

    @Test
    void theRunProfileStartsTheJvmWithExitOnOutOfMemoryError() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String runProfile = pom.substring(pom.indexOf("<id>run</id>"));
        assertThat(runProfile).contains("<jvmArguments>" + FLAG + "</jvmArguments>");
    }

    @Test
    void everyDocumentedJavaCommandCarriesTheFlag() throws IOException {
        for (Path document : List.of(Path.of("..", "README.md"), Path.of("..", "docs", "operations.md"))) {
            List<String> commands = Files.readAllLines(document).stream().filter(l -> JAVA_JAR.matcher(l).find())
                    .toList();
            assertThat(commands).as(document.toString()).isNotEmpty().allMatch(l -> l.contains(FLAG));
        }
    }
}
