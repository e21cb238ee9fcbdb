package com.techladder.batch.importing;

import java.util.List;

/**
 * A column of an import file: its canonical English header (also its database column), Chinese aliases, rule.
 * Implemented by the column enums of each kind, which hold a {@link Spec}.
 */
public interface ImportColumn {

    /** What the contract's table says about a column. */
    record Spec(String csvName, boolean required, CellType type, List<String> aliases) {

        public static Spec of(String csvName, boolean required, CellType type, String... aliases) {
            return new Spec(csvName, required, type, List.of(aliases));
        }
    }

    Spec spec();

    /** Position in the kind's column list (enum constants answer this themselves). */
    int ordinal();

    /** Canonical header, e.g. {@code tech_staff}; the staging and registry column has the same name. */
    default String csvName() {
        return spec().csvName();
    }

    /** Chinese headers accepted instead (中文表头), e.g. 科技人员数; the first is the contract's. */
    default List<String> aliases() {
        return spec().aliases();
    }

    /**
     * The version of the row hash's field list that added this column (CanonicalRow): a row is hashed over the
     * columns up to the newest version it has a value of, so adding a column leaves stored hashes as they were.
     */
    default int hashVersion() {
        return 1;
    }

    default boolean required() {
        return spec().required();
    }

    default CellType type() {
        return spec().type();
    }

    /** {@code tech_staff (科技人员数)}, as messages name a column. */
    default String label() {
        return csvName() + " (" + aliases().get(0) + ")";
    }
}
