package com.techladder.sampledata;

/**
 * Assigns archetypes by index in blocks of 100, each block holding every archetype in its share, so even a few
 * hundred enterprises contain every kind and the mix is exact for any size. Archetypes are spread over the block
 * (slot × 37 mod 100) rather than in runs.
 */
final class ArchetypeLayout {

    private static final int BLOCK = 100;
    private static final Archetype[] SLOTS = new Archetype[BLOCK];
    /** For a BOUNDARY slot, its rank among the block's BOUNDARY slots. */
    private static final int[] BOUNDARY_RANK = new int[BLOCK];
    private static final int BOUNDARY_PER_BLOCK;
    /** For an EXCLUDED_BY_INCIDENT slot, its rank among the block's incident slots. */
    private static final int[] INCIDENT_RANK = new int[BLOCK];
    private static final int INCIDENT_PER_BLOCK;

    static {
        Archetype[] ordered = new Archetype[BLOCK];
        int next = 0;
        for (Archetype archetype : Archetype.values()) {
            for (int i = 0; i < archetype.share(); i++) {
                ordered[next++] = archetype;
            }
        }
        if (next != BLOCK) {
            throw new IllegalStateException("archetype shares must add up to " + BLOCK + ", got " + next);
        }
        for (int i = 0; i < BLOCK; i++) {
            SLOTS[i * 37 % BLOCK] = ordered[i];
        }
        int boundaries = 0;
        int incidents = 0;
        for (int slot = 0; slot < BLOCK; slot++) {
            if (SLOTS[slot] == Archetype.BOUNDARY) {
                BOUNDARY_RANK[slot] = boundaries++;
            }
            if (SLOTS[slot] == Archetype.EXCLUDED_BY_INCIDENT) {
                INCIDENT_RANK[slot] = incidents++;
            }
        }
        BOUNDARY_PER_BLOCK = boundaries;
        INCIDENT_PER_BLOCK = incidents;
    }

    private ArchetypeLayout() {
    }

    static Archetype archetypeOf(long index) {
        return SLOTS[(int) (index % BLOCK)];
    }

    /** The boundary case of a BOUNDARY enterprise: consecutive boundary firms walk through all cases. */
    static BoundaryCase boundaryCaseOf(long index) {
        long ordinal = index / BLOCK * BOUNDARY_PER_BLOCK + BOUNDARY_RANK[(int) (index % BLOCK)];
        BoundaryCase[] cases = BoundaryCase.values();
        return cases[(int) (ordinal % cases.length)];
    }

    /** The exclusion of an EXCLUDED_BY_INCIDENT enterprise: consecutive ones walk through all seven flags. */
    static ExclusionFlag exclusionOf(long index) {
        long ordinal = index / BLOCK * INCIDENT_PER_BLOCK + INCIDENT_RANK[(int) (index % BLOCK)];
        ExclusionFlag[] flags = ExclusionFlag.values();
        return flags[(int) (ordinal % flags.length)];
    }
}
