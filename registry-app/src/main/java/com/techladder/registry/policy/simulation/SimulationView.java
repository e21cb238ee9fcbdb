package com.techladder.registry.policy.simulation;

import com.techladder.batch.simulation.ChangedItem;
import com.techladder.batch.simulation.Simulation;
import com.techladder.batch.simulation.SimulationFilter;
import com.techladder.batch.simulation.SimulationStatus;
import com.techladder.batch.simulation.SubsidyCost;
import com.techladder.batch.simulation.Transition;
import com.techladder.rules.identity.TechField;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.result.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the result page shows of a simulation, arranged for the template: one matrix per programme compared, the cost
 * per subsidy (with its districts) and the bars of the chart. Computed from the stored figures only.
 */
final class SimulationView {

    /**
     * Width in SVG units of the longest bar of the cost chart, and the room after it for the amount. The chart's text
     * is 14 units high: the whole chart (300 units) is narrow enough that a phone (390 px) draws it at about one unit
     * per pixel.
     */
    static final int CHART_WIDTH = 210;
    static final int VALUE_ROOM = 90;
    /** One subsidy in the chart: its name, two bars and a gap. */
    static final int ROW_HEIGHT = 66;

    /** A programme's matrix: {@code counts[from][to]} in {@link Outcome} order, with the enterprises that moved. */
    record Matrix(Programme programme, int[][] counts, int moved) {

        public int count(Outcome from, Outcome to) {
            return counts[from.ordinal()][to.ordinal()];
        }
    }

    /** One subsidy's total and its districts; the chart's two bars, {@code baselineBar}/{@code draftBar} wide. */
    record SubsidyTotal(SubsidyProgramme subsidy, BigDecimal baseline, BigDecimal draft, BigDecimal difference,
            List<SubsidyCost> districts, int baselineBar, int draftBar) {
    }

    private final Simulation simulation;
    private final SimulationWords words;
    private final List<Matrix> matrices;
    private final List<SubsidyTotal> subsidies;
    private final BigDecimal totalBaseline;
    private final BigDecimal totalDraft;

    SimulationView(Simulation simulation, SimulationWords words) {
        this.simulation = simulation;
        this.words = words;
        Map<Programme, int[][]> counts = new EnumMap<>(Programme.class);
        for (Transition t : simulation.transitions()) {
            counts.computeIfAbsent(t.programme(), p -> new int[Outcome.values().length][Outcome.values().length])
                    [t.from().ordinal()][t.to().ordinal()] = t.count();
        }
        List<Matrix> m = new ArrayList<>();
        counts.forEach((programme, c) -> {
            int moved = 0;
            for (int from = 0; from < c.length; from++) {
                for (int to = 0; to < c.length; to++) {
                    moved += from == to ? 0 : c[from][to];
                }
            }
            m.add(new Matrix(programme, c, moved));
        });
        matrices = List.copyOf(m);
        Map<SubsidyProgramme, List<SubsidyCost>> bySubsidy = new EnumMap<>(SubsidyProgramme.class);
        for (SubsidyCost c : simulation.subsidies()) {
            bySubsidy.computeIfAbsent(c.subsidy(), s -> new ArrayList<>()).add(c);
        }
        BigDecimal largest = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal after = BigDecimal.ZERO;
        for (List<SubsidyCost> costs : bySubsidy.values()) {
            BigDecimal b = costs.stream().map(SubsidyCost::baseline).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal d = costs.stream().map(SubsidyCost::draft).reduce(BigDecimal.ZERO, BigDecimal::add);
            largest = largest.max(b).max(d);
            before = before.add(b);
            after = after.add(d);
        }
        List<SubsidyTotal> totals = new ArrayList<>();
        for (Map.Entry<SubsidyProgramme, List<SubsidyCost>> e : bySubsidy.entrySet()) {
            BigDecimal b = e.getValue().stream().map(SubsidyCost::baseline).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal d = e.getValue().stream().map(SubsidyCost::draft).reduce(BigDecimal.ZERO, BigDecimal::add);
            totals.add(new SubsidyTotal(e.getKey(), b, d, d.subtract(b), e.getValue(), bar(b, largest),
                    bar(d, largest)));
        }
        subsidies = List.copyOf(totals);
        totalBaseline = before;
        totalDraft = after;
    }

    private static int bar(BigDecimal amount, BigDecimal largest) {
        return largest.signum() == 0 ? 0
                : amount.multiply(BigDecimal.valueOf(CHART_WIDTH)).divide(largest, 0, RoundingMode.HALF_UP)
                        .intValue();
    }

    public Simulation getSimulation() {
        return simulation;
    }

    public List<Matrix> getMatrices() {
        return matrices;
    }

    public List<Outcome> getOutcomes() {
        return List.of(Outcome.values());
    }

    public List<SubsidyTotal> getSubsidies() {
        return subsidies;
    }

    public BigDecimal getTotalBaseline() {
        return totalBaseline;
    }

    public BigDecimal getTotalDraft() {
        return totalDraft;
    }

    public BigDecimal getTotalDifference() {
        return totalDraft.subtract(totalBaseline);
    }

    /** Width of the chart in SVG units: the longest bar and its amount. */
    public int getChartViewWidth() {
        return CHART_WIDTH + VALUE_ROOM;
    }

    public int getRowHeight() {
        return ROW_HEIGHT;
    }

    /** Height of the chart in SVG units: a name, two bars and a gap per subsidy. */
    public int getChartHeight() {
        return subsidies.size() * ROW_HEIGHT + 4;
    }

    public String district(String code) {
        return words.district(code);
    }

    public String criterionText(ChangedItem change) {
        return words.criterionText(change);
    }

    /** The scope in words: all enterprises, or the filter's parts. */
    public String getFilterText() {
        SimulationFilter f = simulation.filter();
        List<String> parts = new ArrayList<>();
        if (f.district() != null) {
            parts.add(words.text("simulation.filter.district", words.district(f.district())));
        }
        if (f.programme() != null) {
            parts.add(words.text("simulation.filter.programme", words.programme(f.programme().name())));
        }
        if (f.techField() != null) {
            parts.add(words.text("simulation.filter.techField", TechField.byNumber(f.techField())
                    .map(t -> words.english() ? t.nameEn() : t.nameZh()).orElse(f.techField().toString())));
        }
        return parts.isEmpty() ? words.text("simulation.filter.all") : String.join(" · ", parts);
    }

    public boolean isRunning() {
        return simulation.status() == SimulationStatus.RUNNING;
    }
}
