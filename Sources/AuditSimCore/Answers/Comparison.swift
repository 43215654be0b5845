/// How what was said compares with the records or documents.
public enum Verdict: String, Sendable, CaseIterable, Codable {
    case consistent
    case partlyConsistent = "partly-consistent"
    case contradicts
    case cannotCheck = "cannot-check"
    case notAnswered = "not-answered"

    public var phrase: String {
        switch self {
        case .consistent: "consistent with the records"
        case .partlyConsistent: "partly consistent with the records"
        case .contradicts: "contradicts the records"
        case .cannotCheck: "cannot be checked (no records to compare)"
        case .notAnswered: "not answered"
        }
    }
}

/// The recorded or documented value an answer is held against.
public enum Reference: Sendable, Hashable {
    /// Observed cadence, with what the documents say.
    case frequency(Frequency, documented: Frequency?)
    case date(Day)
    /// Observed practice (a median), or a limit the documents set (`documented: true`).
    case duration(hours: Double, documented: Bool = false)
    case number(Double)
    /// 0…100.
    case percent(Double)
    case person(String)
    case text(String)
}

public struct Judgement: Sendable, Hashable {
    public var verdict: Verdict
    /// Names both sides: "You said …; the records show …".
    public var explanation: String
    public var citations: [Citation]

    public init(verdict: Verdict, explanation: String, citations: [Citation] = []) {
        self.verdict = verdict
        self.explanation = explanation
        self.citations = citations
    }
}

/// Compares an interpreted answer with a reference, within explicit tolerances.
public enum Comparator {
    /// `recorded` describes where the reference came from ("the access review records (4 records)").
    public static func compare(_ interpretation: Interpretation, with reference: Reference?, tolerance: Tolerance,
                               recorded: String, citations: [Citation] = []) -> Judgement {
        guard let value = interpretation.value else {
            return Judgement(verdict: .notAnswered, explanation: interpretation.explanation)
        }
        guard let reference else {
            return Judgement(verdict: .cannotCheck, explanation: "You said \(said(value, as: interpretation.kind)); there are no records to check that against.")
        }
        let (verdict, shown) = judge(value, reference, tolerance, span: interpretation.span)
        var heard = said(value)
        if case .percent = reference, case let .number(n) = value { heard = "\(format(n)) %" }
        if let span = interpretation.span { heard = SpokenBounds.describe(span, percent: false) + (isPercent(reference) ? " %" : "") }
        let text = "You said \(heard); \(recorded) \(agreeing(shown, with: recorded))."
        return Judgement(verdict: verdict, explanation: text, citations: citations)
    }

    static func judge(_ value: AnswerValue, _ reference: Reference, _ tolerance: Tolerance,
                      span: ClosedRange<Double>? = nil) -> (Verdict, String) {
        switch (value, reference) {
        case let (.frequency(said), .frequency(observed, documented)):
            let shown = "show about \(observed)" + (documented.map { "; the documents say \($0)" } ?? "")
            guard let a = said.rung, let b = observed.rung else {
                return (said.label == observed.label ? .consistent : .contradicts, shown)
            }
            let steps = abs(a - b)
            return (steps == 0 ? .consistent : steps <= Double(tolerance.steps) ? .partlyConsistent : .contradicts, shown)
        case let (.date(range), .date(day)):
            let slack = tolerance.days ?? slackDays(range.precision)
            let distance = range.contains(day) ? 0 : min(abs(day.ordinal - range.start.ordinal), abs(day.ordinal - range.end.ordinal))
            let verdict: Verdict = distance == 0 ? .consistent : distance <= slack ? .partlyConsistent : .contradicts
            return (verdict, "show \(day)")
        case let (.yesNo(said), .percent(rate)):
            let actual: YesNo = rate >= 99.95 ? .yes : rate >= 50 ? .partly : .no
            return (yesNoVerdict(said, actual), "show \(format(rate)) %")
        case let (.yesNo(said), .number(count)):
            return (yesNoVerdict(said, count > 0 ? .yes : .no), "show \(format(count))")
        case let (.yesNo(said), .date(day)):
            return (said == .yes ? .consistent : .contradicts, "show one on \(day)")
        case let (.duration(hours), .duration(limit, true)):
            // A documented limit is stated, not achieved: it should match, not merely be beaten.
            let relative = limit == 0 ? (hours == 0 ? 0 : Double.infinity) : abs(hours - limit) / limit * 100
            let verdict: Verdict = relative <= tolerance.percent ? .consistent : relative <= 3 * tolerance.percent ? .partlyConsistent : .contradicts
            return (verdict, "say \(EvidenceWording.hours(limit))")
        case let (.duration(hours), .duration(actual, false)):
            // "Within 24 hours" is a claim about the upper bound: faster practice agrees.
            let limit = hours * (1 + tolerance.percent / 100)
            let verdict: Verdict = actual <= limit ? .consistent : actual <= hours * (1 + 3 * tolerance.percent / 100) ? .partlyConsistent : .contradicts
            // "Two weeks" when the records show the same day: an upper bound so loose it no
            // longer describes the practice.
            if verdict == .consistent, hours >= 72, actual * 4 < hours {
                return (.partlyConsistent, "show a median of \(EvidenceWording.hours(actual)), much faster than you said")
            }
            return (verdict, "show a median of \(EvidenceWording.hours(actual))")
        case let (.number(figure), .number(actual)), let (.number(figure), .percent(actual)):
            let unit = isPercent(reference) ? " %" : ""
            // "Ninety-odd per cent" agrees with any figure from 90 to 99; outside, it is as far
            // off as its nearer end.
            let said = span.map { min(max(actual, $0.lowerBound), $0.upperBound) } ?? figure
            let diff = abs(said - actual)
            // Against no records at all, any claimed number is off by all of it.
            let relative = actual == 0 ? (diff == 0 ? 0 : Double.infinity) : diff / abs(actual) * 100
            let verdict: Verdict = diff <= 1 || relative <= tolerance.percent ? .consistent
                : relative <= 3 * tolerance.percent ? .partlyConsistent : .contradicts
            return (verdict, "show \(format(actual))\(unit)")
        case let (.person(ref), .person(name)):
            let n = name.lowercased()
            let match = [ref.id, ref.name].map { $0.lowercased() }.contains(n) || ref.aliases.map { $0.lowercased() }.contains(n)
            return (match ? .consistent : .contradicts, "show \(name)")
        case let (.choice(said), .text(expected)):
            return (said.lowercased() == expected.lowercased() ? .consistent : .contradicts, "say \(expected)")
        default:
            return (.cannotCheck, "hold a value of another kind")
        }
    }

    /// "the records show", but "the Access Control Procedure says": the verb follows the source.
    static func agreeing(_ shown: String, with source: String) -> String {
        // Record sources read "the … records (N in the period)"; documents are named by title.
        let document = source.hasPrefix("the ") && !source.hasSuffix(")") && !source.hasSuffix("records")
        guard document, let space = shown.firstIndex(of: " ") else { return shown }
        let verb = shown[..<space]
        // A document says; only records show.
        let singular = verb == "say" || verb == "show" ? "says" : verb == "hold" ? "holds" : verb + "s"
        return singular + shown[space...]
    }

    static func isPercent(_ reference: Reference) -> Bool {
        if case .percent = reference { true } else { false }
    }

    static func yesNoVerdict(_ said: YesNo, _ actual: YesNo) -> Verdict {
        if said == actual { return .consistent }
        if said == .partly || actual == .partly { return .partlyConsistent }
        return .contradicts
    }

    /// How far a stated date may be from the record and still be "about right".
    static func slackDays(_ precision: DayRange.Precision) -> Int {
        switch precision {
        case .day: 7
        case .week: 7
        case .month: 15
        case .quarter: 31
        case .year: 62
        }
    }

    static func format(_ n: Double) -> String {
        n == n.rounded() ? String(Int(n)) : String(format: "%.1f", n)
    }

    /// What the person said, in words, a share with its "%".
    public static func said(_ value: AnswerValue, as kind: AnswerKind) -> String {
        if kind == .percent, case let .number(n) = value { return "\(format(n)) %" }
        return said(value)
    }

    /// What the person said, in words.
    public static func said(_ value: AnswerValue) -> String {
        switch value {
        case let .frequency(f): f.description
        case let .date(r): r.description
        case let .yesNo(y): y == .partly ? "partly" : y.rawValue
        case let .duration(h): EvidenceWording.hours(h)
        case let .number(n): format(n)
        case let .person(p): "\(p.name) (\(p.role))"
        case let .choice(c): c
        case let .freeText(c): c.covered.isEmpty ? "nothing the auditor listens for" : "you covered " + c.covered.joined(separator: ", ")
        }
    }
}

import Foundation
