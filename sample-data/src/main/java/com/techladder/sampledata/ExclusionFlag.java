package com.techladder.sampledata;

/** The incident and list flags that exclude an enterprise (科小 condition 4, 高企 condition 8). */
enum ExclusionFlag {
    MAJOR_SAFETY_INCIDENT,
    MAJOR_QUALITY_INCIDENT,
    SERIOUS_ENV_VIOLATION,
    RESEARCH_MISCONDUCT,
    SERIOUS_FRAUD,
    ABNORMAL_OPERATION_LIST,
    SERIOUS_DISHONESTY_LIST;

    void setOn(YearFigures year) {
        switch (this) {
            case MAJOR_SAFETY_INCIDENT -> year.majorSafetyIncident = true;
            case MAJOR_QUALITY_INCIDENT -> year.majorQualityIncident = true;
            case SERIOUS_ENV_VIOLATION -> year.seriousEnvViolation = true;
            case RESEARCH_MISCONDUCT -> year.researchMisconduct = true;
            case SERIOUS_FRAUD -> year.seriousFraud = true;
            case ABNORMAL_OPERATION_LIST -> year.abnormalOperationList = true;
            case SERIOUS_DISHONESTY_LIST -> year.seriousDishonestyList = true;
        }
    }
}
