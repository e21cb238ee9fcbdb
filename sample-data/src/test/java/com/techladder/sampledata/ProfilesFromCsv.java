package com.techladder.sampledata;

import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.identity.TechField;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the committed CSV files into the rules module's {@link EnterpriseProfile}s, so the sample can be run through
 * the real policy engine. Each per-year column goes to the {@link AccountingYear.Builder} method of the same name
 * in camelCase, so a column the builder lacks fails loudly.
 */
final class ProfilesFromCsv {

    private static final List<String> ENTERPRISE_LEVEL = List.of(
            "uscc", "name", "district", "in_hitech_zone", "established_on", "fiscal_year");

    private ProfilesFromCsv() {
    }

    static List<EnterpriseProfile> profiles(List<SampleEnterprise> enterprises, List<Map<String, String>> certificates) {
        Map<String, List<CertificateRecord>> byUscc = new HashMap<>();
        for (Map<String, String> c : certificates) {
            byUscc.computeIfAbsent(c.get("uscc"), u -> new ArrayList<>()).add(certificate(c));
        }
        List<EnterpriseProfile> profiles = new ArrayList<>();
        for (SampleEnterprise e : enterprises) {
            List<AccountingYear> years = e.years().stream().map(ProfilesFromCsv::year).toList();
            String district = FuzhouDivision.parse(e.text("district")).orElseThrow().code();
            Boolean zone = e.text("in_hitech_zone").isEmpty() ? null : e.flag("in_hitech_zone");
            profiles.add(new EnterpriseProfile(e.uscc(), e.text("name"), district, zone, e.establishedOn(), years,
                    byUscc.getOrDefault(e.uscc(), List.of())));
        }
        return profiles;
    }

    private static CertificateRecord certificate(Map<String, String> c) {
        return new CertificateRecord(Programme.parse(c.get("programme")), emptyToNull(c.get("certificate_no")),
                LocalDate.parse(c.get("issued_on")), date(c.get("valid_until")), "true".equals(c.get("revoked")),
                date(c.get("revoked_on")), emptyToNull(c.get("batch")));
    }

    private static AccountingYear year(Map<String, String> row) {
        AccountingYear.Builder builder = AccountingYear.builder(Integer.parseInt(row.get("fiscal_year")));
        for (String column : ContractRowCheck.ENTERPRISE_COLUMNS) {
            String value = row.get(column);
            if (ENTERPRISE_LEVEL.contains(column) || value.isEmpty()) {
                continue;
            }
            Method setter = setter(camelCase(column));
            Class<?> type = setter.getParameterTypes()[0];
            Object typed;
            if (type == BigDecimal.class) {
                typed = new BigDecimal(value);
            } else if (type == Boolean.class) {
                typed = Boolean.valueOf(value);
            } else if (column.equals("tech_field")) {
                typed = TechField.parse(value).orElseThrow().number();
            } else {
                typed = Integer.valueOf(value);
            }
            try {
                setter.invoke(builder, typed);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(column, e);
            }
        }
        return builder.build();
    }

    private static Method setter(String name) {
        for (Method method : AccountingYear.Builder.class.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1) {
                return method;
            }
        }
        throw new IllegalStateException("AccountingYear.Builder has no " + name);
    }

    private static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static LocalDate date(String value) {
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
