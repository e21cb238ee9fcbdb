package com.techladder.registry.portal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.techladder.registry.selfcheck.SelfCheckResponse;
import com.techladder.registry.selfcheck.SelfCheckResponse.CriterionAnswer;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.Tier;

/**
 * The 国家高企 innovation score by the four sections of the official scoring sheet (国科发火〔2016〕195号《工作指引》
 * 附件: 知识产权 30 / 科技成果转化能力 30 / 研究开发组织管理水平 20 / 企业成长性 20), summed from the scored criteria
 * of the result. An item an expert still has to score counts the span its band opens, a figure not given [0, max];
 * each end is capped at the section's ceiling.
 */
enum InnovationSections {
    IP(30, "IP_"),
    CONVERSION(30, "CONVERSIONS"),
    RD_MANAGEMENT(20, "MGMT_"),
    GROWTH(20, "NET_ASSET_GROWTH", "REVENUE_GROWTH");

    private static final String PREFIX = Programme.NATIONAL_HTE.name() + ".";
    // "[6–8 分]" after the value: 分 (U+5206) is the rules' points unit (ProgrammeSheet), data to read, not a text to show
    private static final Pattern SPAN = Pattern.compile("\\[(\\d+)[–-](\\d+) \\x{5206}]");

    private final int ceiling;
    private final List<String> ids;

    InnovationSections(int ceiling, String... ids) {
        this.ceiling = ceiling;
        this.ids = List.of(ids);
    }

    /** One section's points: exact when {@code low == high}. */
    public record Section(InnovationSections section, int low, int high, int ceiling) {
        public boolean exact() {
            return low == high;
        }
    }

    /** The four sections of {@code result}'s 国家高企 score; empty when it was not scored (figures missing, no sheet). */
    static List<Section> of(SelfCheckResponse result) {
        List<CriterionAnswer> scored = LadderView.programme(result, Tier.NATIONAL_HTE)
                .map(p -> p.criteria().stream().filter(c -> c.maxPoints() != null).toList()).orElse(List.of());
        if (scored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(values()).map(s -> s.sum(scored)).toList();
    }

    private Section sum(List<CriterionAnswer> scored) {
        List<int[]> spans = scored.stream().filter(this::holds).map(InnovationSections::span).toList();
        int low = spans.stream().mapToInt(span -> span[0]).sum();
        int high = spans.stream().mapToInt(span -> span[1]).sum();
        return new Section(this, Math.min(low, ceiling), Math.min(high, ceiling), ceiling);
    }

    /**
     * An item's [min, max]: its points when exact; the span the rules write after the value ("[6–8 分]", ProgrammeSheet)
     * when an expert still scores within a band; [0, max] when nothing is known.
     */
    private static int[] span(CriterionAnswer c) {
        if (c.points() != null) {
            return new int[] {c.points(), c.points()};
        }
        Matcher m = c.actual() == null ? null : SPAN.matcher(c.actual());
        return m != null && m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))}
                : new int[] {0, c.maxPoints()};
    }

    private boolean holds(CriterionAnswer c) {
        // the 标准 bonus belongs to 知识产权 (195号 (一)5) and is capped with it
        String item = c.id().startsWith(PREFIX) ? c.id().substring(PREFIX.length()) : "";
        return ids.stream().anyMatch(item::startsWith) || this == IP && item.equals("STANDARD_BONUS");
    }
}
