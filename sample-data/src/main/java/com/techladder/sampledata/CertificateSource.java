package com.techladder.sampledata;

import java.util.List;
import java.util.SplittableRandom;

/** Which official-list entries a generated enterprise has: the test sample's ({@link CertificateFactory}) or Fuzhou's. */
interface CertificateSource {

    /** The enterprise's entries, drawn from its own certificate stream {@code r}. */
    List<CertificateEntry> entriesFor(SyntheticEnterprise e, SplittableRandom r);

    /** An entry of an enterprise that is on an official list but not in the enterprises file. */
    CertificateEntry listedOnly(String uscc, String name, int rotation, SplittableRandom r);
}
