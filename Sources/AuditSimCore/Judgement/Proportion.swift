/// Grades in proportion to what the evidence shows (JUDGEMENT.md §2): a major only for a
/// breakdown across most of the population, or a control not operating at all when it was
/// due; lapses are minors. Every threshold is a `policy:` key (docs/audit-rules.md).
public enum Proportion {
    /// Expected occurrences covered: none → the control did not operate (major); under the
    /// low-coverage ratio → a breakdown (major); otherwise a lapse (minor).
    public static func coverage(covered: Int, expected: Int, policy: AuditPolicy) -> Grade? {
        guard expected > 0, covered < expected else { return nil }
        if covered == 0 { return .major }
        return Double(covered) / Double(expected) < policy.lowCoverageRatio ? .major : .minor
    }

    /// Records failing a test out of those tested. Fewer tested than the minimum rate
    /// sample is not yet a rate, so at most a minor.
    public static func failures(_ failed: Int, of tested: Int, policy: AuditPolicy) -> Grade? {
        guard failed > 0, tested > 0 else { return nil }
        guard tested >= policy.minimumRateSample else { return .minor }
        return Double(failed) / Double(tested) > policy.sampleFailureMajorRatio ? .major : .minor
    }

    /// Late items: the worst tier decides (most critical fixes late is a breakdown even when
    /// the highs are fine).
    public static func lateness(_ timing: Timing, policy: AuditPolicy) -> Grade? {
        guard !timing.late.isEmpty else { return nil }
        let tiers = timing.tiers.isEmpty
            ? [(timing.measured, timing.late.count)]
            : timing.tiers.map { ($0.measured, $0.late) }
        let breakdown = tiers.contains { measured, late in
            measured >= policy.minimumRateSample && Double(late) / Double(measured) > policy.majorLateRatio
        }
        if breakdown { return .major }
        // One item, closed a little over its limit, among enough on time: an isolated slip an
        // auditor notes, not yet lapses. Still open, or well over, it is a lapse.
        if timing.late.count == 1, timing.measured >= policy.minimumRateSample, let taken = timing.late[0].hours,
           taken <= Timing.hours(timing.late[0].limit) * (1 + policy.isolatedLateMargin) {
            return .observation
        }
        return .minor
    }

    /// Share of a population with a record, against the completion target.
    public static func completion(done: Int, of population: Int, policy: AuditPolicy) -> Grade? {
        guard population > 0, Double(done) * 100 < policy.completionTarget * Double(population) - 1e-9 else { return nil }
        return Double(done) / Double(population) < policy.majorCompletionRatio ? .major : .minor
    }
}
