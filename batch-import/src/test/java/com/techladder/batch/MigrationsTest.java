package com.techladder.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One home for the schema (docs/architecture.md, "The schema"): every Flyway migration of every module lives in this
 * module, and the versions form one sequence, a vendor folder repeating a version only for its own variant of it.
 */
class MigrationsTest {

    private static final Path HOME = Path.of("src/main/resources/db/migration");
    private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.+\\.(sql|java)$");

    @Test
    void noOtherModuleHasMigrations() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            // build output is not a module's source (.ci/run builds the PostgreSQL suite in a copy under target/)
            List<Path> elsewhere = files.filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator))
                    .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
                    .filter(p -> VERSION.matcher(p.getFileName().toString()).matches())
                    .map(p -> p.toAbsolutePath().normalize())
                    .filter(p -> !p.startsWith(HOME.toAbsolutePath().normalize()))
                    .toList();
            assertThat(elsewhere).isEmpty();
        }
    }

    @Test
    void eachDatabaseSeesEveryVersionOnce() throws IOException {
        List<Integer> common = versions("common");
        for (String vendor : List.of("h2", "postgresql")) {
            List<Integer> all = Stream.concat(common.stream(), versions(vendor).stream()).toList();
            assertThat(all).as(vendor).doesNotHaveDuplicates();
        }
    }

    private static List<Integer> versions(String folder) throws IOException {
        try (Stream<Path> files = Files.list(HOME.resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).map(name -> {
                Matcher version = VERSION.matcher(name);
                assertThat(version.matches()).as("a Flyway migration name: " + name).isTrue();
                return Integer.valueOf(version.group(1));
            }).toList();
        }
    }
}
