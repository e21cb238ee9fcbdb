package com.techladder.batch.importing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every kind of import file the application knows, by kind and by job name. */
@Component
public class ImportDefinitions {

    private final Map<ImportKind, ImportDefinition> byKind;

    public ImportDefinitions(List<ImportDefinition> definitions) {
        this.byKind = definitions.stream().collect(Collectors.toMap(ImportDefinition::kind, Function.identity()));
    }

    public ImportDefinition of(ImportKind kind) {
        ImportDefinition definition = byKind.get(kind);
        if (definition == null) {
            throw new IllegalStateException("no import definition for " + kind);
        }
        return definition;
    }

    ImportDefinition ofJob(String jobName) {
        for (ImportKind kind : ImportKind.values()) {
            if (kind.jobName().equals(jobName)) {
                return of(kind);
            }
        }
        throw new IllegalStateException("job " + jobName + " is not an import job");
    }
}
