package com.techladder.batch.simulation;

import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import java.util.Objects;

/**
 * Which part of the registry a simulation compares; every field optional (null: all).
 *
 * @param district  the enterprises of one Fuzhou division (6-digit code)
 * @param programme only this programme's outcomes are compared (its transitions and changes); subsidies are still all
 *                  compared, since a subsidy follows the verdicts of several programmes
 * @param techField the enterprises whose latest figures before the assessment year name this 技术领域
 */
public record SimulationFilter(String district, Programme programme, Integer techField) {

    public static final SimulationFilter NONE = new SimulationFilter(null, null, null);

    /** Whether the filter keeps the enterprise for assessment year {@code assessmentYear}. */
    public boolean keeps(EnterpriseProfile enterprise, int assessmentYear) {
        if (district != null && !district.equals(enterprise.district())) {
            return false;
        }
        return techField == null || techField.equals(latestTechField(enterprise, assessmentYear));
    }

    /** Whether the programme's outcomes are compared. */
    public boolean compares(Programme candidate) {
        return programme == null || programme == candidate;
    }

    /** The 技术领域 of the latest accounting year before {@code assessmentYear} that names one (the figures the rules read). */
    private static Integer latestTechField(EnterpriseProfile enterprise, int assessmentYear) {
        AccountingYear latest = null;
        for (AccountingYear year : enterprise.years()) {
            if (year.fiscalYear() < assessmentYear && year.techField() != null
                    && (latest == null || year.fiscalYear() > latest.fiscalYear())) {
                latest = year;
            }
        }
        return latest == null ? null : latest.techField();
    }

    @Override
    public String toString() {
        return Objects.toString(district, "*") + "/" + Objects.toString(programme, "*") + "/"
                + Objects.toString(techField, "*");
    }
}
