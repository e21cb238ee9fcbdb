package com.techladder.sampledata;

import java.util.List;

/** The canonical English headers of both import files, in the order of docs/contracts/import-csv.md. */
public final class CsvColumns {

    /** Enterprise annual data (§1 of the contract): one row per enterprise and 会计年度. */
    public static final List<String> ENTERPRISES = List.of(
            "uscc", "name", "district", "in_hitech_zone", "established_on", "fiscal_year",
            "employees", "tech_staff", "revenue", "total_income", "hitech_revenue",
            "total_assets", "total_liabilities", "net_assets", "total_cost",
            "rd_expense", "rd_expense_domestic", "ip_class1", "ip_class2", "ip_self_developed",
            "tech_field", "tech_conversions", "expert_innovation_score",
            "rd_mgmt_system", "rd_institution", "conversion_incentives", "talent_system",
            "provincial_rd_institution", "national_award_top3", "led_standard",
            "above_scale", "software_industry", "audited_tax_method", "restricted_industry",
            "major_safety_incident", "major_quality_incident", "serious_env_violation",
            "research_misconduct", "serious_fraud", "abnormal_operation_list", "serious_dishonesty_list",
            "rd_super_deduction", "income_tax_payable");

    /** Certificates from official lists (§2 of the contract): one row per certificate or list entry. */
    public static final List<String> CERTIFICATES = List.of(
            "uscc", "name", "programme", "certificate_no", "issued_on", "valid_until", "batch", "revoked", "revoked_on");

    private CsvColumns() {
    }
}
