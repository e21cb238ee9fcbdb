package com.techladder.batch.importing.enterprises;

import com.techladder.rules.record.RecordChecker;
import java.util.List;

/**
 * A {@link RecordChecker} code as the import stores it: the Chinese reason of docs/contracts/import-csv.md, worded as
 * stored since the first import, so that stored rejections and new ones read alike (registry-app's console says
 * them again in the reader's language).
 */
final class RecordViolationText {

    private RecordViolationText() {
    }

    static String zh(RecordChecker.Violation v) {
        List<Object> a = v.args();
        return switch (v.code()) {
            case RecordChecker.FUTURE_DATE -> "成立日期不能晚于今天（" + a.get(1) + "）";
            case RecordChecker.TECH_STAFF_ABOVE_EMPLOYEES -> "科技人员数（" + a.get(0) + "）不能大于职工总数（" + a.get(1) + "）";
            case RecordChecker.TOTAL_INCOME_BELOW_REVENUE -> "总收入（" + a.get(0) + "万元）不能小于销售收入（" + a.get(1) + "万元）";
            case RecordChecker.HITECH_ABOVE_INCOME -> "高新技术产品(服务)收入（" + a.get(0) + "万元）不能大于"
                    + (Boolean.TRUE.equals(a.get(2)) ? "总收入（未填，按销售收入）" : "总收入") + "（" + a.get(1) + "万元）";
            case RecordChecker.DOMESTIC_ABOVE_RD -> "境内研发费用（" + a.get(0) + "万元）不能大于研发费用（" + a.get(1) + "万元）";
            default -> throw new IllegalArgumentException("no Chinese reason for " + v.code());
        };
    }
}
