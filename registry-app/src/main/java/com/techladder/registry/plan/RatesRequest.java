package com.techladder.registry.plan;

import java.math.BigDecimal;

/** Forecast rates of a period, shares between 0 and 1. */
record RatesRequest(BigDecimal conversionRate, BigDecimal nonRenewalRate) {
}
