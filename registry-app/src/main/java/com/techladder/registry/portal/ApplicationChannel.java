package com.techladder.registry.portal;

import com.techladder.rules.model.Tier;

/**
 * Where an enterprise applies for a rung (the page names it from the bundles, {@code channel.NAME}, and links it).
 * 科小 moved in 2024 from the Torch centre's platform to the MIIT's 优质中小企业梯度培育平台 (工信厅企业函〔2024〕244号,
 * quoted in parameters/tech-sme.yaml); the 省级高企 备案 goes through the local science bureau, which has no public
 * address of its own here.
 */
enum ApplicationChannel {
    /** 全国科技型中小企业信息服务平台, assessment years to 2023. */
    TECH_SME_TORCH("https://kjxzqy.chinatorch.org.cn"),
    /** 优质中小企业梯度培育平台, "科技型中小企业" section, from assessment year 2024. */
    TECH_SME_MIIT("https://zjtx.miit.gov.cn"),
    /** 所在县（市、区）科技主管部门 (闽科高〔2018〕10号 备案). */
    PROVINCIAL_HTE_LOCAL(null),
    /** 高新技术企业认定管理工作网. */
    NATIONAL_HTE_INNOCOM("http://www.innocom.gov.cn");

    private static final int MIIT_FROM = 2024;

    private final String url;

    ApplicationChannel(String url) {
        this.url = url;
    }

    /** The official address, null when the channel is an office rather than a site. */
    public String url() {
        return url;
    }

    static ApplicationChannel of(Tier tier, int assessmentYear) {
        return switch (tier) {
            case TECH_SME -> assessmentYear >= MIIT_FROM ? TECH_SME_MIIT : TECH_SME_TORCH;
            case PROVINCIAL_HTE -> PROVINCIAL_HTE_LOCAL;
            case NATIONAL_HTE -> NATIONAL_HTE_INNOCOM;
            case NONE -> throw new IllegalArgumentException("no channel for NONE");
        };
    }
}
