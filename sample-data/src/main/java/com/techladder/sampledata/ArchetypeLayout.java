package com.techladder.sampledata;

import java.util.EnumSet;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Assigns archetypes by index in blocks (the sum of the shares: 100 for the standard mix), each block holding every
 * archetype in its share, so even a few blocks contain every kind and the mix is exact for any size. Archetypes are
 * spread over the block (slot × 37 mod block) rather than in runs.
 */
final class ArchetypeLayout {

    /** The test sample's mix: {@link Archetype#share()} out of 100. */
    static final ArchetypeLayout STANDARD = new ArchetypeLayout(Archetype::share);
    private static final int SPREAD = 37;

    private final int block;
    private final Archetype[] slots;
    /** For a BOUNDARY slot, its rank among the block's BOUNDARY slots. */
    private final int[] boundaryRank;
    private final int boundaryPerBlock;
    /** For an EXCLUDED_BY_INCIDENT slot, its rank among the block's incident slots. */
    private final int[] incidentRank;
    private final int incidentPerBlock;

    /** A mix given as shares of a block (every archetype named; the block is their sum). */
    static ArchetypeLayout of(Map<Archetype, Integer> shares) {
        if (!shares.keySet().containsAll(EnumSet.allOf(Archetype.class))) {
            throw new IllegalArgumentException("every archetype needs a share, got " + shares.keySet());
        }
        return new ArchetypeLayout(shares::get);
    }

    private ArchetypeLayout(ToIntFunction<Archetype> share) {
        int total = 0;
        for (Archetype archetype : Archetype.values()) {
            total += share.applyAsInt(archetype);
        }
        if (total % SPREAD == 0) {
            throw new IllegalArgumentException("a block of " + total + " cannot be spread by " + SPREAD);
        }
        block = total;
        Archetype[] ordered = new Archetype[block];
        int next = 0;
        for (Archetype archetype : Archetype.values()) {
            for (int i = 0; i < share.applyAsInt(archetype); i++) {
                ordered[next++] = archetype;
            }
        }
        slots = new Archetype[block];
        for (int i = 0; i < block; i++) {
            slots[i * SPREAD % block] = ordered[i];
        }
        boundaryRank = new int[block];
        incidentRank = new int[block];
        int boundaries = 0;
        int incidents = 0;
        for (int slot = 0; slot < block; slot++) {
            if (slots[slot] == Archetype.BOUNDARY) {
                boundaryRank[slot] = boundaries++;
            }
            if (slots[slot] == Archetype.EXCLUDED_BY_INCIDENT) {
                incidentRank[slot] = incidents++;
            }
        }
        boundaryPerBlock = boundaries;
        incidentPerBlock = incidents;
    }

    Archetype archetypeOf(long index) {
        return slots[(int) (index % block)];
    }

    /** The boundary case of a BOUNDARY enterprise: consecutive boundary firms walk through all cases. */
    BoundaryCase boundaryCaseOf(long index) {
        long ordinal = index / block * boundaryPerBlock + boundaryRank[(int) (index % block)];
        BoundaryCase[] cases = BoundaryCase.values();
        return cases[(int) (ordinal % cases.length)];
    }

    /** The exclusion of an EXCLUDED_BY_INCIDENT enterprise: consecutive ones walk through all seven flags. */
    ExclusionFlag exclusionOf(long index) {
        long ordinal = index / block * incidentPerBlock + incidentRank[(int) (index % block)];
        ExclusionFlag[] flags = ExclusionFlag.values();
        return flags[(int) (ordinal % flags.length)];
    }
}
