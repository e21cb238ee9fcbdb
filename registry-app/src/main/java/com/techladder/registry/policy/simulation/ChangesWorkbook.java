package com.techladder.registry.policy.simulation;

import com.techladder.batch.simulation.ChangedItem;
import com.techladder.batch.simulation.Simulation;
import com.techladder.batch.simulation.SubsidyCost;
import com.techladder.rules.result.Outcome;
import com.techladder.registry.plan.PlanChart;
import com.techladder.registry.plan.PlanTable;
import com.techladder.registry.plan.PlanWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A simulation as an Excel workbook for the people a decision goes to: the changed enterprises (streamed a page at a
 * time), the transition matrix per programme and the subsidy cost per district before and after, each with native
 * charts, under headers in words, names instead of codes, 万元 with two decimals. Written by the dashboards'
 * {@link PlanWorkbook}, which neutralises any text a spreadsheet would take for a formula.
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
        SimulationView view = new SimulationView(s, words);
        PlanTable changes = new PlanTable(words.text("simulation.sheet.changed"),
                headers(words, "uscc", "name", "district", "item", "before", "after", "amountBefore", "amountAfter",
                        "difference", "criterion", "criterionText"),
                row -> service.eachChange(s.id(), c -> row.accept(changeRow(words, c)))).withAmounts(6, 7, 8);
        PlanWorkbook.write(List.of(changes, matrices(view, words), subsidies(view, words)),
                yes -> words.text(yes ? "common.yes" : "common.no"), out);
    }

    /**
     * One block of rows per programme, as the page's matrix: a row per outcome in force, a column per outcome under
     * the draft; its chart shows, per outcome in force, where the enterprises go.
     */
    private static PlanTable matrices(SimulationView view, SimulationWords words) {
        List<String> headers = new ArrayList<>(List.of(words.text("simulation.column.programme"),
                words.text("simulation.matrix.corner")));
        view.getOutcomes().forEach(o -> headers.add(words.outcome(o.name())));
        List<Integer> toColumns = IntStream.range(2, headers.size()).boxed().toList();
        List<List<Object>> rows = new ArrayList<>();
        List<PlanChart> charts = new ArrayList<>();
        for (SimulationView.Matrix m : view.getMatrices()) {
            int first = rows.size();
            for (Outcome from : view.getOutcomes()) {
                List<Object> row = new ArrayList<>(List.of(words.programme(m.programme().name()),
                        words.outcome(from.name())));
                view.getOutcomes().forEach(to -> row.add(m.count(from, to)));
                rows.add(row);
            }
            charts.add(new PlanChart(words.text("simulation.matrix.caption", words.programme(m.programme().name()),
                    m.moved()), first, rows.size() - 1, 1, toColumns));
        }
        return PlanTable.of(words.text("simulation.sheet.transitions"), headers, rows).withCharts(charts);
    }

    /** Each subsidy's districts, before and after; its chart sets the two side by side per district. */
    private static PlanTable subsidies(SimulationView view, SimulationWords words) {
        List<List<Object>> rows = new ArrayList<>();
        List<PlanChart> charts = new ArrayList<>();
        for (SimulationView.SubsidyTotal t : view.getSubsidies()) {
            int first = rows.size();
            for (SubsidyCost c : t.districts()) {
                rows.add(List.of(words.subsidy(c.subsidy().name()), words.district(c.district()), c.baseline(),
                        c.draft(), c.difference()));
            }
            charts.add(new PlanChart(words.text("simulation.sheet.subsidyChart", words.subsidy(t.subsidy().name())),
                    first, rows.size() - 1, 1, List.of(2, 3)));
        }
        return PlanTable.of(words.text("simulation.sheet.subsidies"),
                headers(words, "subsidy", "district", "baseline", "draft", "difference"), rows)
                .withAmounts(2, 3, 4).withCharts(charts);
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
