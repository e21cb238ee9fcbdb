package com.techladder.rules.benchmark;

import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.EnterpriseProfile;

/**
 * The yardstick: the 科小 point tables (国科发政〔2017〕115号 附件) hand-written in plain Java, with no explanation, no
 * parameters and no rule engine. What the Drools engine costs is measured against this.
 */
final class PlainTechSmeScore {

    private PlainTechSmeScore() {
    }

    static int score(EnterpriseProfile p, int assessmentYear) {
        AccountingYear y = p.year(assessmentYear - 1).orElse(null);
        if (y == null) {
            return -1;
        }
        double staff = y.techStaff() / (double) y.employees();
        double bySales = y.rdExpense().doubleValue() / y.revenue().doubleValue();
        double byCost = y.rdExpense().doubleValue() / y.totalCost().doubleValue();
        int staffPoints = staff >= 0.30 ? 20 : staff >= 0.25 ? 16 : staff >= 0.20 ? 12 : staff >= 0.15 ? 8 : staff >= 0.10 ? 4 : 0;
        int salesPoints = bySales >= 0.06 ? 50 : bySales >= 0.05 ? 40 : bySales >= 0.04 ? 30 : bySales >= 0.03 ? 20
                : bySales >= 0.02 ? 10 : 0;
        int costPoints = byCost >= 0.30 ? 50 : byCost >= 0.25 ? 40 : byCost >= 0.20 ? 30 : byCost >= 0.15 ? 20
                : byCost >= 0.10 ? 10 : 0;
        int c2 = y.ipClass2();
        int ipPoints = y.ipClass1() > 0 ? 30 : c2 >= 4 ? 24 : c2 == 3 ? 18 : c2 == 2 ? 12 : c2 == 1 ? 6 : 0;
        return staffPoints + Math.max(salesPoints, costPoints) + ipPoints;
    }
}
