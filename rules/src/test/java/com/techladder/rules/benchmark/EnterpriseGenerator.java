package com.techladder.rules.benchmark;

import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Plausible random enterprises with three accounting years each, reproducible from a seed. */
public final class EnterpriseGenerator {

    private final SplittableRandom random;

    public EnterpriseGenerator(long seed) {
        random = new SplittableRandom(seed);
    }

    public List<EnterpriseProfile> batch(int size, int assessmentYear) {
        List<EnterpriseProfile> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(next(assessmentYear));
        }
        return list;
    }

    public EnterpriseProfile next(int assessmentYear) {
        int employees = 5 + random.nextInt(800);
        double revenue = 100 + random.nextInt(30000);
        double rdShare = random.nextDouble() * 0.09;
        boolean flags = random.nextInt(10) > 0;
        List<AccountingYear> years = new ArrayList<>(3);
        for (int k = 3; k >= 1; k--) {
            double growth = 1 + (random.nextDouble() - 0.3) * 0.4;
            double yearRevenue = revenue / Math.pow(growth, k - 1);
            double rd = yearRevenue * rdShare;
            double assets = yearRevenue * (0.5 + random.nextDouble());
            years.add(AccountingYear.builder(assessmentYear - k)
                    .employees(employees)
                    .techStaff(random.nextInt(employees / 2 + 1))
                    .revenue(wan(yearRevenue))
                    .hitechRevenue(wan(yearRevenue * random.nextDouble()))
                    .totalAssets(wan(assets))
                    .totalLiabilities(wan(assets * random.nextDouble() * 0.9))
                    .totalCost(wan(yearRevenue * 0.8))
                    .rdExpense(wan(rd))
                    .rdExpenseDomestic(wan(rd * (0.5 + random.nextDouble() / 2)))
                    .ipClass1(random.nextInt(3) == 0 ? 1 : 0)
                    .ipClass2(random.nextInt(8))
                    .ipSelfDeveloped(random.nextBoolean())
                    .techField(1 + random.nextInt(8))
                    .techConversions(random.nextInt(20))
                    .rdMgmtSystem(random.nextBoolean())
                    .rdInstitution(random.nextBoolean())
                    .conversionIncentives(random.nextBoolean())
                    .talentSystem(random.nextBoolean())
                    .aboveScale(revenue > 2000)
                    .auditedTaxMethod(flags ? Boolean.TRUE : null)
                    .restrictedIndustry(flags ? Boolean.FALSE : null)
                    .majorSafetyIncident(Boolean.FALSE).majorQualityIncident(Boolean.FALSE)
                    .seriousEnvViolation(Boolean.FALSE).researchMisconduct(Boolean.FALSE).seriousFraud(Boolean.FALSE)
                    .abnormalOperationList(Boolean.FALSE).seriousDishonestyList(Boolean.FALSE)
                    .rdSuperDeduction(wan(rd))
                    .incomeTaxPayable(wan(revenue * 0.01))
                    .build());
        }
        List<CertificateRecord> certificates = random.nextInt(4) == 0
                ? List.of(CertificateRecord.of(Programme.NATIONAL_HTE, LocalDate.of(assessmentYear - 1 - random.nextInt(3), 12, 1), null))
                : List.of();
        return new EnterpriseProfile(null, "企业", "350104", random.nextBoolean(),
                LocalDate.of(assessmentYear - 1 - random.nextInt(15), 1 + random.nextInt(12), 1), years, certificates);
    }

    private static BigDecimal wan(double v) {
        return BigDecimal.valueOf(Math.round(v * 100), 2);
    }
}
