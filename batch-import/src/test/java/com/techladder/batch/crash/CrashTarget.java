package com.techladder.batch.crash;

import com.techladder.batch.BatchTestApplication;
import com.techladder.batch.classification.ClassificationRuns;
import com.techladder.batch.classification.RunTrigger;
import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportService;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The process the crash tests kill: an application instance on the test's database that imports a file
 * ({@code import FILE}) or runs a classification ({@code classify YEAR}), then waits to be killed. Spring arguments
 * ({@code --name=value}) follow.
 */
public final class CrashTarget {

    private CrashTarget() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BatchTestApplication.class)
                .run(Arrays.copyOfRange(args, 2, args.length));
        if (args[0].equals("import")) {
            Path file = Path.of(args[1]);
            context.getBean(ImportService.class).importNow(ImportKind.ENTERPRISES, file.getFileName().toString(), file,
                    Optional.empty(), "staff");
        } else {
            context.getBean(ClassificationRuns.class).start(Integer.parseInt(args[1]), RunTrigger.MANUAL, "staff");
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
