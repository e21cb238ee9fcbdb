package com.techladder.batch.classification;

import com.techladder.rules.model.AccountingYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps an {@code accounting_year} row to the rules' {@link AccountingYear}, amounts in canonical form. */
final class AccountingYearRowMapper {

    static final String COLUMNS = "uscc, fiscal_year, employees, tech_staff, revenue, total_income, hitech_revenue,"
            + " total_assets, total_liabilities, net_assets, total_cost, rd_expense, rd_expense_domestic, ip_class1,"
            + " ip_class2, ip_self_developed, tech_field, tech_conversions, expert_innovation_score, rd_mgmt_system,"
            + " rd_institution, conversion_incentives, talent_system, provincial_rd_institution, national_award_top3,"
            + " led_standard, above_scale, software_industry, audited_tax_method, restricted_industry,"
            + " major_safety_incident, major_quality_incident, serious_env_violation, research_misconduct, serious_fraud,"
            + " abnormal_operation_list, serious_dishonesty_list, rd_super_deduction, income_tax_payable";

    private AccountingYearRowMapper() {
    }

    static AccountingYear map(ResultSet rs) throws SQLException {
        BigDecimal expertScore = rs.getBigDecimal("expert_innovation_score");
        return AccountingYear.builder(rs.getInt("fiscal_year"))
                .employees(integer(rs, "employees"))
                .techStaff(integer(rs, "tech_staff"))
                .revenue(amount(rs, "revenue"))
                .totalIncome(amount(rs, "total_income"))
                .hitechRevenue(amount(rs, "hitech_revenue"))
                .totalAssets(amount(rs, "total_assets"))
                .totalLiabilities(amount(rs, "total_liabilities"))
                .netAssets(amount(rs, "net_assets"))
                .totalCost(amount(rs, "total_cost"))
                .rdExpense(amount(rs, "rd_expense"))
                .rdExpenseDomestic(amount(rs, "rd_expense_domestic"))
                .ipClass1(integer(rs, "ip_class1"))
                .ipClass2(integer(rs, "ip_class2"))
                .ipSelfDeveloped(bool(rs, "ip_self_developed"))
                .techField(integer(rs, "tech_field"))
                .techConversions(integer(rs, "tech_conversions"))
                // the panel scores whole points; the column allows decimals only because some lists print them
                .expertInnovationScore(expertScore == null ? null : expertScore.setScale(0, RoundingMode.HALF_UP).intValue())
                .rdMgmtSystem(bool(rs, "rd_mgmt_system"))
                .rdInstitution(bool(rs, "rd_institution"))
                .conversionIncentives(bool(rs, "conversion_incentives"))
                .talentSystem(bool(rs, "talent_system"))
                .provincialRdInstitution(bool(rs, "provincial_rd_institution"))
                .nationalAwardTop3(bool(rs, "national_award_top3"))
                .ledStandard(bool(rs, "led_standard"))
                .aboveScale(bool(rs, "above_scale"))
                .softwareIndustry(bool(rs, "software_industry"))
                .auditedTaxMethod(bool(rs, "audited_tax_method"))
                .restrictedIndustry(bool(rs, "restricted_industry"))
                .majorSafetyIncident(bool(rs, "major_safety_incident"))
                .majorQualityIncident(bool(rs, "major_quality_incident"))
                .seriousEnvViolation(bool(rs, "serious_env_violation"))
                .researchMisconduct(bool(rs, "research_misconduct"))
                .seriousFraud(bool(rs, "serious_fraud"))
                .abnormalOperationList(bool(rs, "abnormal_operation_list"))
                .seriousDishonestyList(bool(rs, "serious_dishonesty_list"))
                .rdSuperDeduction(amount(rs, "rd_super_deduction"))
                .incomeTaxPayable(amount(rs, "income_tax_payable"))
                .build();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        return CanonicalProfile.amount(rs.getBigDecimal(column));
    }
}
