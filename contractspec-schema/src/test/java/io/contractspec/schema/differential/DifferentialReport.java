package io.contractspec.schema.differential;

import java.util.List;

/**
 * The outcome of comparing our validator with the reference on many payloads.
 *
 * @param subject what was compared, e.g. the model name
 * @param payloads how many payloads were judged
 * @param acceptedByBoth payloads both validators accepted
 * @param rejectedByBoth payloads both validators rejected
 * @param knownDeviations disagreements explained by a known defect of the reference ({@link ReferenceDefects})
 * @param mismatches one readable entry per payload the two judged differently
 * @param misgenerated payloads built to be valid that we rejected: a generator problem, not a mismatch
 */
public record DifferentialReport(
        String subject,
        int payloads,
        int acceptedByBoth,
        int rejectedByBoth,
        int knownDeviations,
        List<String> mismatches,
        List<String> misgenerated) {

    /** How many entries an assertion message shows; the rest are counted. */
    private static final int SHOWN = 10;

    public DifferentialReport {
        mismatches = List.copyOf(mismatches);
        misgenerated = List.copyOf(misgenerated);
    }

    /** @throws AssertionError listing the first mismatches when the validators disagreed on any payload */
    public void assertAgreement() {
        if (!mismatches.isEmpty()) {
            throw new AssertionError(subject + ": our validator and the reference disagree on " + mismatches.size()
                    + " of " + payloads + " payloads\n" + shown(mismatches));
        }
    }

    /** @throws AssertionError when a payload built to be valid was rejected by our validator */
    public void assertGeneratedValidPayloadsAccepted() {
        if (!misgenerated.isEmpty()) {
            throw new AssertionError(subject + ": " + misgenerated.size() + " payloads built to be valid were rejected\n"
                    + shown(misgenerated));
        }
    }

    private static String shown(List<String> entries) {
        String first = String.join("\n", entries.subList(0, Math.min(SHOWN, entries.size())));
        return entries.size() > SHOWN ? first + "\n… and " + (entries.size() - SHOWN) + " more" : first;
    }

    @Override
    public String toString() {
        return subject + ": " + payloads + " payloads, " + acceptedByBoth + " accepted and " + rejectedByBoth
                + " rejected by both, " + knownDeviations + " known reference deviations, " + mismatches.size() + " mismatches";
    }
}
