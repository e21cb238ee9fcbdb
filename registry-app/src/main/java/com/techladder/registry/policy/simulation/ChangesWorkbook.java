package com.techladder.registry.policy.simulation;

import com.techladder.batch.simulation.ChangedItem;
import com.techladder.batch.simulation.Simulation;
import com.techladder.batch.simulation.SubsidyCost;
import com.techladder.batch.simulation.Transition;
import com.techladder.registry.plan.PlanTable;
import com.techladder.registry.plan.PlanWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A simulation as an Excel workbook for the people a decision goes to: the changed enterprises (streamed a page at a
 * time), the transition matrix and the subsidy cost, under headers in words and with names, not codes. Written by the
 * dashboards' {@link PlanWorkbook}, which neutralises any text a spreadsheet would take for a formula.
 */
@Component
class ChangesWorkbook {

    private final PolicySimulationService service;
    private final MessageSource messages;

    ChangesWorkbook(PolicySimulationService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    void write(Simulation s, Locale locale, OutputStream out) throws IOException {
        SimulationWords words = new SimulationWords(messages, locale);
        PlanTable changes = new PlanTable(words.text("simulation.sheet.changed"),
                headers(words, "uscc", "name", "district", "item", "before", "after", "amountBefore", "amountAfter",
                        "difference", "criterion", "criterionText"),
                row -> service.eachChange(s.id(), c -> row.accept(changeRow(words, c))));
        List<List<Object>> transitions = new ArrayList<>();
        for (Transition t : s.transitions()) {
            transitions.add(List.of(words.programme(t.programme().name()), words.outcome(t.from().name()),
                    words.outcome(t.to().name()), t.count()));
        }
        List<List<Object>> costs = new ArrayList<>();
        for (SubsidyCost c : s.subsidies()) {
            costs.add(List.of(words.subsidy(c.subsidy().name()), words.district(c.district()), c.baseline(), c.draft(),
                    c.difference()));
        }
        PlanWorkbook.write(List.of(changes,
                PlanTable.of(words.text("simulation.sheet.transitions"),
                        headers(words, "programme", "from", "to", "count"), transitions),
                PlanTable.of(words.text("simulation.sheet.subsidies"),
                        headers(words, "subsidy", "district", "baseline", "draft", "difference"), costs)),
                yes -> words.text(yes ? "common.yes" : "common.no"), out);
    }

    private static List<Object> changeRow(SimulationWords words, ChangedItem c) {
        boolean programme = c.kind() == ChangedItem.Kind.PROGRAMME;
        return Arrays.asList(c.uscc(), c.name(), words.district(c.district()),
                programme ? words.programme(c.item()) : words.subsidy(c.item()),
                programme ? words.outcome(c.before()) : null, programme ? words.outcome(c.after()) : null,
                c.amountBefore(), c.amountAfter(),
                programme ? null : c.amountAfter().subtract(c.amountBefore()), c.criterion(), words.criterionText(c));
    }

    private static List<String> headers(SimulationWords words, String... columns) {
        return Arrays.stream(columns).map(c -> words.text("simulation.column." + c)).toList();
    }
}
