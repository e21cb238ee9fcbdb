package com.techladder.batch.classification;

import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import java.sql.Date;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams the enterprises of one USCC range {@code (after, upTo]} with the accounting years the rules read (from
 * {@link com.techladder.rules.engine.PolicyEngine#firstFiscalYearRead} through the assessment year Y itself, whose
 * record carries the current year's integrity flags; figures still come from Y−1) and all their
 * certificates, a page at a time by keyset (three queries per page, never one per enterprise), so memory holds one
 * page whatever the registry's size. The last USCC handed out is saved with each chunk: a restart continues after it.
 */
public class EnterpriseProfileReader implements ItemStreamReader<EnterpriseProfile> {

    /**
     * A USCC parameter typed like the column: PostgreSQL compares CHAR(18) with a VARCHAR parameter as text, which
     * cannot use the index — every page would scan the table.
     */
    static final String USCC = "CAST(? AS CHAR(18))";
    private static final String LAST_USCC = "lastUscc";

    private final JdbcTemplate jdbc;
    private final String upTo;
    private final int firstYear;
    private final int lastYear;
    private final int pageSize;
    private final Deque<EnterpriseProfile> page = new ArrayDeque<>();
    private String lastRead;
    private String lastReturned;
    private boolean exhausted;

    public EnterpriseProfileReader(JdbcTemplate jdbc, String after, String upTo, int firstYear, int assessmentYear, int pageSize) {
        this.jdbc = jdbc;
        this.upTo = upTo;
        this.firstYear = firstYear;
        this.lastYear = assessmentYear;
        this.pageSize = pageSize;
        this.lastRead = after;
        this.lastReturned = after;
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(LAST_USCC)) {
            lastRead = context.getString(LAST_USCC);
            lastReturned = lastRead;
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(LAST_USCC, lastReturned);
    }

    @Override
    public EnterpriseProfile read() {
        if (page.isEmpty() && !exhausted) {
            loadPage();
        }
        EnterpriseProfile next = page.poll();
        if (next != null) {
            lastReturned = next.uscc();
        }
        return next;
    }

    private void loadPage() {
        List<Object[]> enterprises = jdbc.query("SELECT uscc, name, district, in_hitech_zone, established_on"
                + " FROM enterprise WHERE uscc > " + USCC + " AND uscc <= " + USCC + " ORDER BY uscc LIMIT ?",
                (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Boolean.class), rs.getDate(5)},
                lastRead, upTo, pageSize);
        if (enterprises.size() < pageSize) {
            exhausted = true;
        }
        if (enterprises.isEmpty()) {
            return;
        }
        String pageLast = (String) enterprises.get(enterprises.size() - 1)[0];
        Map<String, List<AccountingYear>> years = new HashMap<>();
        jdbc.query("SELECT " + AccountingYearRowMapper.COLUMNS + " FROM accounting_year WHERE uscc > " + USCC + " AND uscc <= " + USCC
                + " AND fiscal_year BETWEEN ? AND ? ORDER BY uscc, fiscal_year",
                rs -> {
                    years.computeIfAbsent(rs.getString("uscc"), k -> new ArrayList<>()).add(AccountingYearRowMapper.map(rs));
                }, lastRead, pageLast, firstYear, lastYear);
        Map<String, List<CertificateRecord>> certificates = new HashMap<>();
        jdbc.query("SELECT uscc, programme, certificate_no, issued_on, valid_until, revoked, revoked_on, batch"
                + " FROM certificate WHERE uscc > " + USCC + " AND uscc <= " + USCC + " ORDER BY uscc, programme, issued_on, certificate_no",
                rs -> {
                    Date validUntil = rs.getDate("valid_until");
                    Date revokedOn = rs.getDate("revoked_on");
                    certificates.computeIfAbsent(rs.getString("uscc"), k -> new ArrayList<>()).add(new CertificateRecord(
                            Programme.parse(rs.getString("programme")), rs.getString("certificate_no"),
                            rs.getDate("issued_on").toLocalDate(), validUntil == null ? null : validUntil.toLocalDate(),
                            rs.getBoolean("revoked"), revokedOn == null ? null : revokedOn.toLocalDate(),
                            rs.getString("batch")));
                }, lastRead, pageLast);
        for (Object[] e : enterprises) {
            String uscc = (String) e[0];
            Date established = (Date) e[4];
            page.add(CanonicalProfile.of(new EnterpriseProfile(uscc, (String) e[1], (String) e[2], (Boolean) e[3],
                    established == null ? null : established.toLocalDate(),
                    years.getOrDefault(uscc, List.of()), certificates.getOrDefault(uscc, List.of()))));
        }
        lastRead = pageLast;
    }
}
