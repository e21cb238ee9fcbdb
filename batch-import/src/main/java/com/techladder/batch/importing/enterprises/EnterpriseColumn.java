package com.techladder.batch.importing.enterprises;

import static com.techladder.batch.importing.CellType.AMOUNT;
import static com.techladder.batch.importing.CellType.BOOLEAN;
import static com.techladder.batch.importing.CellType.COUNT;

import com.techladder.batch.importing.CellType;
import com.techladder.batch.importing.ImportColumn;
import java.util.List;

/**
 * The columns of the enterprises file (docs/contracts/import-csv.md, enterprises), in the order of the staging table. The first six are the
 * key and the enterprise-level columns; the rest are the per-year columns of accounting_year.
 */
public enum EnterpriseColumn implements ImportColumn {
    USCC("uscc", true, CellType.USCC, "统一社会信用代码"),
    NAME("name", true, CellType.NAME, "企业名称"),
    DISTRICT("district", true, CellType.DISTRICT, "所属区县"),
    IN_HITECH_ZONE("in_hitech_zone", false, BOOLEAN, "是否位于高新区"),
    ESTABLISHED_ON("established_on", true, CellType.DATE, "成立日期"),
    FISCAL_YEAR("fiscal_year", true, CellType.FISCAL_YEAR, "年度", "会计年度"),
    EMPLOYEES("employees", true, COUNT, "职工总数"),
    TECH_STAFF("tech_staff", true, COUNT, "科技人员数"),
    REVENUE("revenue", true, AMOUNT, "销售收入"),
    TOTAL_INCOME("total_income", false, AMOUNT, "总收入"),
    HITECH_REVENUE("hitech_revenue", false, AMOUNT, "高新技术产品(服务)收入"),
    TOTAL_ASSETS("total_assets", true, AMOUNT, "资产总额"),
    TOTAL_LIABILITIES("total_liabilities", false, AMOUNT, "负债总额"),
    NET_ASSETS("net_assets", false, CellType.SIGNED_AMOUNT, "净资产"),
    TOTAL_COST("total_cost", false, AMOUNT, "成本费用总额"),
    RD_EXPENSE("rd_expense", true, AMOUNT, "研发费用"),
    RD_EXPENSE_DOMESTIC("rd_expense_domestic", false, AMOUNT, "境内研发费用"),
    IP_CLASS1("ip_class1", false, COUNT, "Ⅰ类知识产权数"),
    IP_CLASS2("ip_class2", false, COUNT, "Ⅱ类知识产权数"),
    IP_SELF_DEVELOPED("ip_self_developed", false, BOOLEAN, "有自主研发知识产权"),
    TECH_FIELD("tech_field", false, CellType.TECH_FIELD, "技术领域"),
    TECH_CONVERSIONS("tech_conversions", false, COUNT, "科技成果转化数"),
    EXPERT_INNOVATION_SCORE("expert_innovation_score", false, CellType.SCORE, "创新能力评价专家评分"),
    RD_MGMT_SYSTEM("rd_mgmt_system", false, BOOLEAN, "研发组织管理制度与辅助账"),
    RD_INSTITUTION("rd_institution", false, BOOLEAN, "建有研发机构"),
    CONVERSION_INCENTIVES("conversion_incentives", false, BOOLEAN, "成果转化激励制度"),
    TALENT_SYSTEM("talent_system", false, BOOLEAN, "人才培养与激励制度"),
    PROVINCIAL_RD_INSTITUTION("provincial_rd_institution", false, BOOLEAN, "省部级以上研发机构"),
    NATIONAL_AWARD_TOP3("national_award_top3", false, BOOLEAN, "近五年国家级科技奖励前三"),
    LED_STANDARD("led_standard", false, BOOLEAN, "近五年主导制定标准"),
    ABOVE_SCALE("above_scale", false, BOOLEAN, "规模以上企业"),
    SOFTWARE_INDUSTRY("software_industry", false, BOOLEAN, "软件和信息服务业"),
    AUDITED_TAX_METHOD("audited_tax_method", false, BOOLEAN, "查账征收"),
    RESTRICTED_INDUSTRY("restricted_industry", false, BOOLEAN, "限制类或负面清单行业"),
    MAJOR_SAFETY_INCIDENT("major_safety_incident", false, BOOLEAN, "重大安全事故"),
    MAJOR_QUALITY_INCIDENT("major_quality_incident", false, BOOLEAN, "重大质量事故"),
    SERIOUS_ENV_VIOLATION("serious_env_violation", false, BOOLEAN, "严重环境违法"),
    RESEARCH_MISCONDUCT("research_misconduct", false, BOOLEAN, "科研严重失信"),
    SERIOUS_FRAUD("serious_fraud", false, BOOLEAN, "严重弄虚作假"),
    ABNORMAL_OPERATION_LIST("abnormal_operation_list", false, BOOLEAN, "列入经营异常名录"),
    SERIOUS_DISHONESTY_LIST("serious_dishonesty_list", false, BOOLEAN, "列入严重违法失信名单"),
    RD_SUPER_DEDUCTION("rd_super_deduction", false, AMOUNT, "研发费用加计扣除额"),
    INCOME_TAX_PAYABLE("income_tax_payable", false, AMOUNT, "应纳企业所得税额");

    /** Columns of the enterprise table, taken from the newest fiscal year imported. */
    static final List<EnterpriseColumn> ENTERPRISE_LEVEL = List.of(NAME, DISTRICT, IN_HITECH_ZONE, ESTABLISHED_ON);

    private final Spec spec;

    EnterpriseColumn(String csvName, boolean required, CellType type, String... aliases) {
        this.spec = Spec.of(csvName, required, type, aliases);
    }

    /** The per-year columns: every column of accounting_year besides its key. */
    static List<EnterpriseColumn> perYear() {
        return List.of(values()).subList(EMPLOYEES.ordinal(), values().length);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
