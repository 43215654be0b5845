import Foundation
import Testing

@testable import AuditSimCore

/// One row of the comparison table: what was said, what the records hold, and the verdict.
/// `saidText` and `shownText` are the two halves the explanation must name:
/// "You said <saidText>; <recorded> <shownText>."
struct ComparisonCase: Sendable, CustomTestStringConvertible {
    var kind: AnswerKind
    var said: AnswerValue?
    var reference: Reference?
    var tolerance = Tolerance()
    var verdict: Verdict
    var saidText = ""
    var shownText = ""
    var why = ""

    var testDescription: String {
        "\(kind.rawValue) → \(verdict.rawValue): \(why.isEmpty ? saidText + " vs " + shownText : why)"
    }
}

enum ComparisonTable {
    static let recorded = "the access review records (4 in the period)"
    static let citations = [Citation(kind: .record, reference: "AR-101", detail: "2026-02-10")]

    static func d(_ iso: String) -> Day { Day(iso: iso)! }
    static let march = DayRange(start: d("2026-03-01"), end: d("2026-03-31"), precision: .month)
    static let q3 = DayRange(start: d("2026-07-01"), end: d("2026-09-30"), precision: .quarter)
    static let priya = StaffRef(id: "priya", name: "Priya Shah", role: "IT Manager", aliases: ["head of IT"])

    /// The two verdicts every kind shares: nothing understood, nothing to compare with.
    static func unanswerable(_ kind: AnswerKind, _ said: AnswerValue, _ saidText: String) -> [ComparisonCase] {
        [
            ComparisonCase(kind: kind, said: nil, reference: nil, verdict: .notAnswered, why: "nothing understood"),
            ComparisonCase(kind: kind, said: nil, reference: .number(4), verdict: .notAnswered,
                           why: "nothing understood, even with records"),
            ComparisonCase(kind: kind, said: said, reference: nil, verdict: .cannotCheck, saidText: saidText,
                           why: "no records"),
        ]
    }

    static let frequency: [ComparisonCase] = [
        ComparisonCase(kind: .frequency, said: .frequency(.quarterly), reference: .frequency(.quarterly, documented: .quarterly),
                       verdict: .consistent, saidText: "quarterly",
                       shownText: "show about quarterly; the documents say quarterly"),
        ComparisonCase(kind: .frequency, said: .frequency(.bimonthly), reference: .frequency(.quarterly, documented: nil),
                       verdict: .partlyConsistent, saidText: "every two months", shownText: "show about quarterly",
                       why: "one rung off"),
        ComparisonCase(kind: .frequency, said: .frequency(.monthly), reference: .frequency(.quarterly, documented: .quarterly),
                       verdict: .contradicts, saidText: "monthly",
                       shownText: "show about quarterly; the documents say quarterly", why: "two rungs off"),
        ComparisonCase(kind: .frequency, said: .frequency(.annual), reference: .frequency(.semiannual, documented: .annual),
                       verdict: .partlyConsistent, saidText: "annual",
                       shownText: "show about twice a year; the documents say annual", why: "one rung off, at the top"),
        ComparisonCase(kind: .frequency, said: .frequency(.bimonthly), reference: .frequency(.quarterly, documented: nil),
                       tolerance: Tolerance(steps: 0), verdict: .contradicts, saidText: "every two months",
                       shownText: "show about quarterly", why: "one rung off with no steps allowed"),
        ComparisonCase(kind: .frequency, said: .frequency(.monthly), reference: .frequency(.quarterly, documented: nil),
                       tolerance: Tolerance(steps: 2), verdict: .partlyConsistent, saidText: "monthly",
                       shownText: "show about quarterly", why: "two rungs off with two steps allowed"),
        ComparisonCase(kind: .frequency, said: .frequency(Frequency(everyDays: 10)), reference: .frequency(.fortnightly, documented: nil),
                       verdict: .consistent, saidText: "every 10 days", shownText: "show about fortnightly",
                       why: "every 10 days sits on the fortnightly rung"),
        ComparisonCase(kind: .frequency, said: .frequency(.adHoc), reference: .frequency(.quarterly, documented: .quarterly),
                       verdict: .contradicts, saidText: "ad hoc",
                       shownText: "show about quarterly; the documents say quarterly", why: "ad hoc is not periodic"),
        ComparisonCase(kind: .frequency, said: .frequency(.never), reference: .frequency(.never, documented: .quarterly),
                       verdict: .consistent, saidText: "never",
                       shownText: "show about never; the documents say quarterly", why: "candidly admitting no reviews"),
        ComparisonCase(kind: .frequency, said: .frequency(.quarterly), reference: .date(d("2026-03-18")),
                       verdict: .cannotCheck, saidText: "quarterly", shownText: "hold a value of another kind",
                       why: "reference of another kind"),
    ] + unanswerable(.frequency, .frequency(.quarterly), "quarterly")

    static let date: [ComparisonCase] = [
        ComparisonCase(kind: .date, said: .date(march), reference: .date(d("2026-03-18")), verdict: .consistent,
                       saidText: "2026-03-01 to 2026-03-31", shownText: "show 2026-03-18", why: "inside the month"),
        ComparisonCase(kind: .date, said: .date(march), reference: .date(d("2026-04-10")), verdict: .partlyConsistent,
                       saidText: "2026-03-01 to 2026-03-31", shownText: "show 2026-04-10", why: "10 days out, month slack 15"),
        ComparisonCase(kind: .date, said: .date(march), reference: .date(d("2026-04-15")), verdict: .partlyConsistent,
                       saidText: "2026-03-01 to 2026-03-31", shownText: "show 2026-04-15", why: "15 days out: the edge of the slack"),
        ComparisonCase(kind: .date, said: .date(march), reference: .date(d("2026-04-16")), verdict: .contradicts,
                       saidText: "2026-03-01 to 2026-03-31", shownText: "show 2026-04-16", why: "16 days out"),
        ComparisonCase(kind: .date, said: .date(march), reference: .date(d("2026-05-20")), verdict: .contradicts,
                       saidText: "2026-03-01 to 2026-03-31", shownText: "show 2026-05-20", why: "two months out"),
        ComparisonCase(kind: .date, said: .date(DayRange(day: d("2026-03-18"))), reference: .date(d("2026-03-24")),
                       verdict: .partlyConsistent, saidText: "2026-03-18", shownText: "show 2026-03-24", why: "6 days out, day slack 7"),
        ComparisonCase(kind: .date, said: .date(DayRange(day: d("2026-03-18"))), reference: .date(d("2026-03-06")),
                       verdict: .contradicts, saidText: "2026-03-18", shownText: "show 2026-03-06", why: "12 days early, day slack 7"),
        ComparisonCase(kind: .date, said: .date(q3), reference: .date(d("2026-10-20")), verdict: .partlyConsistent,
                       saidText: "2026-07-01 to 2026-09-30", shownText: "show 2026-10-20", why: "20 days out, quarter slack 31"),
        ComparisonCase(kind: .date, said: .date(march), reference: .date(d("2026-04-01")), tolerance: Tolerance(days: 0),
                       verdict: .contradicts, saidText: "2026-03-01 to 2026-03-31", shownText: "show 2026-04-01",
                       why: "one day out with no slack allowed"),
        ComparisonCase(kind: .date, said: .date(march), reference: .date(d("2026-05-20")), tolerance: Tolerance(days: 60),
                       verdict: .partlyConsistent, saidText: "2026-03-01 to 2026-03-31", shownText: "show 2026-05-20",
                       why: "50 days out with 60 allowed"),
    ] + unanswerable(.date, .date(march), "2026-03-01 to 2026-03-31")

    static let yesNo: [ComparisonCase] = [
        ComparisonCase(kind: .yesNo, said: .yesNo(.yes), reference: .percent(100), verdict: .consistent,
                       saidText: "yes", shownText: "show 100 %"),
        ComparisonCase(kind: .yesNo, said: .yesNo(.yes), reference: .percent(60), verdict: .partlyConsistent,
                       saidText: "yes", shownText: "show 60 %", why: "yes, but only 60 % are"),
        ComparisonCase(kind: .yesNo, said: .yesNo(.yes), reference: .percent(20), verdict: .contradicts,
                       saidText: "yes", shownText: "show 20 %"),
        ComparisonCase(kind: .yesNo, said: .yesNo(.no), reference: .percent(0), verdict: .consistent,
                       saidText: "no", shownText: "show 0 %"),
        ComparisonCase(kind: .yesNo, said: .yesNo(.no), reference: .percent(100), verdict: .contradicts,
                       saidText: "no", shownText: "show 100 %"),
        ComparisonCase(kind: .yesNo, said: .yesNo(.partly), reference: .percent(75), verdict: .consistent,
                       saidText: "partly", shownText: "show 75 %"),
        ComparisonCase(kind: .yesNo, said: .yesNo(.partly), reference: .percent(100), verdict: .partlyConsistent,
                       saidText: "partly", shownText: "show 100 %"),
        ComparisonCase(kind: .yesNo, said: .yesNo(.yes), reference: .number(3), verdict: .consistent,
                       saidText: "yes", shownText: "show 3", why: "against a count"),
        ComparisonCase(kind: .yesNo, said: .yesNo(.no), reference: .number(3), verdict: .contradicts,
                       saidText: "no", shownText: "show 3", why: "against a count"),
        ComparisonCase(kind: .yesNo, said: .yesNo(.yes), reference: .date(d("2026-03-18")), verdict: .consistent,
                       saidText: "yes", shownText: "show one on 2026-03-18", why: "against a date"),
        ComparisonCase(kind: .yesNo, said: .yesNo(.no), reference: .date(d("2026-03-18")), verdict: .contradicts,
                       saidText: "no", shownText: "show one on 2026-03-18", why: "against a date"),
    ] + unanswerable(.yesNo, .yesNo(.yes), "yes")

    static let duration: [ComparisonCase] = [
        ComparisonCase(kind: .duration, said: .duration(hours: 24), reference: .duration(hours: 10), verdict: .consistent,
                       saidText: "24 hours", shownText: "show a median of 10 hours", why: "faster than the stated limit"),
        ComparisonCase(kind: .duration, said: .duration(hours: 24), reference: .duration(hours: 24), verdict: .consistent,
                       saidText: "24 hours", shownText: "show a median of 24 hours"),
        ComparisonCase(kind: .duration, said: .duration(hours: 24), reference: .duration(hours: 26), verdict: .consistent,
                       saidText: "24 hours", shownText: "show a median of 26 hours", why: "within 10 %"),
        ComparisonCase(kind: .duration, said: .duration(hours: 24), reference: .duration(hours: 30), verdict: .partlyConsistent,
                       saidText: "24 hours", shownText: "show a median of 30 hours", why: "25 % slower"),
        ComparisonCase(kind: .duration, said: .duration(hours: 24), reference: .duration(hours: 32), verdict: .contradicts,
                       saidText: "24 hours", shownText: "show a median of 32 hours", why: "more than 30 % slower"),
        ComparisonCase(kind: .duration, said: .duration(hours: 72), reference: .duration(hours: 80), verdict: .partlyConsistent,
                       saidText: "3 days", shownText: "show a median of 3.3 days", why: "11 % slower than three days"),
        ComparisonCase(kind: .duration, said: .duration(hours: 24), reference: .duration(hours: 30), tolerance: Tolerance(percent: 25),
                       verdict: .consistent, saidText: "24 hours", shownText: "show a median of 30 hours", why: "25 % allowed"),
    ] + unanswerable(.duration, .duration(hours: 24), "24 hours")

    static let number: [ComparisonCase] = [
        ComparisonCase(kind: .number, said: .number(100), reference: .number(105), verdict: .consistent,
                       saidText: "100", shownText: "show 105", why: "5 % off"),
        ComparisonCase(kind: .number, said: .number(100), reference: .number(91), verdict: .consistent,
                       saidText: "100", shownText: "show 91", why: "9.9 % of the recorded value"),
        ComparisonCase(kind: .number, said: .number(100), reference: .number(125), verdict: .partlyConsistent,
                       saidText: "100", shownText: "show 125", why: "20 % off"),
        ComparisonCase(kind: .number, said: .number(100), reference: .number(200), verdict: .contradicts,
                       saidText: "100", shownText: "show 200", why: "50 % off"),
        ComparisonCase(kind: .number, said: .number(3), reference: .number(4), verdict: .consistent,
                       saidText: "3", shownText: "show 4", why: "one off a small count"),
        ComparisonCase(kind: .number, said: .number(2), reference: .number(4), verdict: .contradicts,
                       saidText: "2", shownText: "show 4", why: "half a small count"),
        ComparisonCase(kind: .number, said: .number(0), reference: .number(0), verdict: .consistent,
                       saidText: "0", shownText: "show 0", why: "none and none"),
        ComparisonCase(kind: .number, said: .number(2.5), reference: .number(2.5), verdict: .consistent,
                       saidText: "2.5", shownText: "show 2.5", why: "fractions are printed"),
    ] + unanswerable(.number, .number(100), "100")

    static let percent: [ComparisonCase] = [
        ComparisonCase(kind: .percent, said: .number(95), reference: .percent(100), verdict: .consistent,
                       saidText: "95 %", shownText: "show 100 %", why: "5 % off"),
        ComparisonCase(kind: .percent, said: .number(80), reference: .percent(87.5), verdict: .consistent,
                       saidText: "80 %", shownText: "show 87.5 %", why: "8.6 % off"),
        ComparisonCase(kind: .percent, said: .number(90), reference: .percent(75), verdict: .partlyConsistent,
                       saidText: "90 %", shownText: "show 75 %", why: "20 % off"),
        ComparisonCase(kind: .percent, said: .number(100), reference: .percent(50), verdict: .contradicts,
                       saidText: "100 %", shownText: "show 50 %", why: "double the records"),
    ] + unanswerable(.percent, .number(95), "95 %")

    static let person: [ComparisonCase] = [
        ComparisonCase(kind: .person, said: .person(priya), reference: .person("Priya Shah"), verdict: .consistent,
                       saidText: "Priya Shah (IT Manager)", shownText: "show Priya Shah", why: "by name"),
        ComparisonCase(kind: .person, said: .person(priya), reference: .person("PRIYA"), verdict: .consistent,
                       saidText: "Priya Shah (IT Manager)", shownText: "show PRIYA", why: "by staff id, any case"),
        ComparisonCase(kind: .person, said: .person(priya), reference: .person("Head of IT"), verdict: .consistent,
                       saidText: "Priya Shah (IT Manager)", shownText: "show Head of IT", why: "by alias"),
        ComparisonCase(kind: .person, said: .person(priya), reference: .person("Tom Reid"), verdict: .contradicts,
                       saidText: "Priya Shah (IT Manager)", shownText: "show Tom Reid", why: "someone else"),
        ComparisonCase(kind: .person, said: .person(priya), reference: .text("Priya Shah"), verdict: .cannotCheck,
                       saidText: "Priya Shah (IT Manager)", shownText: "hold a value of another kind", why: "reference of another kind"),
    ] + unanswerable(.person, .person(priya), "Priya Shah (IT Manager)")

    static let choice: [ComparisonCase] = [
        ComparisonCase(kind: .choice, said: .choice("Change Advisory Board"), reference: .text("change advisory board"),
                       verdict: .consistent, saidText: "Change Advisory Board", shownText: "say change advisory board"),
        ComparisonCase(kind: .choice, said: .choice("line manager"), reference: .text("change advisory board"),
                       verdict: .contradicts, saidText: "line manager", shownText: "say change advisory board"),
    ] + unanswerable(.choice, .choice("line manager"), "line manager")

    static let all = frequency + date + yesNo + duration + number + percent + person + choice
}

@Suite("Comparator: verdicts per answer kind")
struct ComparatorVerdictTests {
    @Test(arguments: ComparisonTable.all)
    func verdictAndExplanation(_ c: ComparisonCase) {
        let understood = c.said == nil ? "Could not understand a \(c.kind.rawValue) in the answer." : "Understood."
        let interpretation = Interpretation(kind: c.kind, value: c.said, explanation: understood)
        let judgement = Comparator.compare(interpretation, with: c.reference, tolerance: c.tolerance,
                                           recorded: ComparisonTable.recorded, citations: ComparisonTable.citations)
        #expect(judgement.verdict == c.verdict)
        switch (c.said, c.reference) {
        case (nil, _):
            // Nothing to hold against the records: the interpreter's own words explain why.
            #expect(judgement.explanation == understood)
            #expect(judgement.citations.isEmpty)
        case (_, nil):
            #expect(judgement.explanation == "You said \(c.saidText); there are no records to check that against.")
            #expect(judgement.citations.isEmpty)
        default:
            // Both sides named: what was said, where the records come from, what they show.
            #expect(judgement.explanation == "You said \(c.saidText); \(ComparisonTable.recorded) \(c.shownText).")
            #expect(judgement.citations == ComparisonTable.citations)
        }
    }

    static let comparingKinds: [AnswerKind] = [.frequency, .date, .yesNo, .duration, .number, .percent, .person, .choice]

    @Test(arguments: comparingKinds)
    func theTableCoversEveryVerdictForEveryKind(_ kind: AnswerKind) {
        let verdicts = Set(ComparisonTable.all.filter { $0.kind == kind }.map(\.verdict))
        // A person or an option is either the right one or not: no "partly" for them.
        let expected = [.person, .choice].contains(kind) ? Set(Verdict.allCases).subtracting([.partlyConsistent]) : Set(Verdict.allCases)
        #expect(verdicts == expected)
    }

    @Test(arguments: [
        Reference.person("Priya Shah"), .person("Tom Reid"), .person("priya"), .person(""),
    ])
    func aPersonIsNeverPartlyConsistent(_ reference: Reference) {
        let said = Interpretation(kind: .person, value: .person(ComparisonTable.priya), explanation: "")
        let verdict = Comparator.compare(said, with: reference, tolerance: Tolerance(steps: 8, days: 365, percent: 100),
                                         recorded: "r").verdict
        #expect([.consistent, .contradicts].contains(verdict))
    }

    @Test func durationBoundariesAreInclusive() {
        func verdict(_ actual: Double) -> Verdict {
            Comparator.compare(Interpretation(kind: .duration, value: .duration(hours: 100), explanation: ""),
                               with: .duration(hours: actual), tolerance: Tolerance(), recorded: "r").verdict
        }
        #expect(verdict(110) == .consistent)
        #expect(verdict(110.01) == .partlyConsistent)
        #expect(verdict(130) == .partlyConsistent)
        #expect(verdict(130.01) == .contradicts)
    }

    @Test func numberBoundariesAreInclusive() {
        func verdict(_ said: Double) -> Verdict {
            Comparator.compare(Interpretation(kind: .number, value: .number(said), explanation: ""),
                               with: .number(100), tolerance: Tolerance(), recorded: "r").verdict
        }
        #expect(verdict(110) == .consistent)
        #expect(verdict(90) == .consistent)
        #expect(verdict(111) == .partlyConsistent)
        #expect(verdict(130) == .partlyConsistent)
        #expect(verdict(131) == .contradicts)
        #expect(verdict(69) == .contradicts)
    }

    @Test func anUnknownAnswerIsNotAnsweredAndKeepsItsExplanation() {
        let unknown = Interpretation(kind: .frequency, value: nil, unknown: true, explanation: "You said you don't know.")
        let judgement = Comparator.compare(unknown, with: .frequency(.quarterly, documented: nil), tolerance: Tolerance(),
                                           recorded: ComparisonTable.recorded)
        #expect(judgement.verdict == .notAnswered)
        #expect(judgement.explanation == "You said you don't know.")
    }

    @Test func aHedgedAnswerIsStillCompared() {
        let hedged = Interpretation(kind: .frequency, value: .frequency(.monthly), hedged: true, explanation: "")
        #expect(Comparator.compare(hedged, with: .frequency(.quarterly, documented: nil), tolerance: Tolerance(),
                                   recorded: "r").verdict == .contradicts)
    }

    @Test(arguments: [(1.0, Verdict.consistent), (8, .contradicts), (30, .contradicts), (31, .contradicts)])
    func aCountAgainstNoRecordsAtAll(said: Double, verdict: Verdict) {
        // "We had eight reviews" against a count of 0 records.
        let judgement = Comparator.compare(Interpretation(kind: .number, value: .number(said), explanation: ""),
                                           with: .number(0), tolerance: Tolerance(), recorded: "the records")
        #expect(judgement.verdict == verdict)
    }
}

// MARK: - ReferenceResolver

enum ResolverWorld {
    static func d(_ iso: String) -> Day { Day(iso: iso)! }

    static let documents: [Document] = [
        Document(id: "access-procedure", kind: .procedure, title: "Access Control Procedure", owner: "priya",
                 approvedBy: "tom", approvedOn: d("2025-09-01"),
                 facts: [
                     "access-review-frequency": "quarterly", "leaver-access-removal": "24h",
                     "last-dr-test": "2026-03-14", "mfa-coverage": "95%", "privileged-accounts": "12",
                     "review-approver": "tom", "unknown-approver": "zed", "reviews-signed-off": "yes",
                     "reviews-outsourced": "no", "review-forum": "Security Committee", "password-rotation": "every 90 days",
                     "screen-lock-timeout": "10m",
                 ]),
        Document(id: "policy-2025", kind: .policy, title: "Information Security Policy 2025", version: "1.0", owner: "priya",
                 approvedBy: "priya", approvedOn: d("2025-03-01")),
        Document(id: "policy-2026", kind: .policy, title: "Information Security Policy", version: "2.1", owner: "priya",
                 approvedBy: "tom", approvedOn: d("2026-02-01"), nextReview: d("2027-02-01")),
        Document(id: "ia-report", kind: .internalAuditReport, title: "Internal Audit Report", owner: "ext-auditor",
                 performedOn: d("2026-09-10")),
    ]

    static func scenario() -> Scenario {
        Scenario(directory: FactsFixture.directory, name: "resolver", organisation: FactsFixture.reviewsOrg, bankID: "mini",
                 staff: [StaffMember(id: "priya", name: "Priya Shah", role: "IT Manager", owns: ["A.5.15"]),
                         StaffMember(id: "tom", name: "Tom Reid", role: "Managing Director", topManagement: true)],
                 documents: documents, soa: [], evidence: [FactsFixture.reviewsSource])
    }

    static func resolver() throws -> ReferenceResolver {
        ReferenceResolver(scenario: scenario(), facts: ["access-reviews": try FactsFixture.reviews()])
    }

    static func question(_ kind: AnswerKind, _ compare: Benchmark?, control: ControlID = "A.5.15") -> Question {
        Question(id: "q", control: control, stage: .operational, audience: .controlOwner, text: "How often?",
                 answer: kind, compare: compare, looksFor: "a cadence")
    }
}

@Suite("Reference resolver")
struct ReferenceResolverTests {
    typealias W = ResolverWorld

    @Test(arguments: [
        (EvidenceFactKind.count, AnswerKind.number, Reference?.some(.number(4))),
        (.first, .date, .date(W.d("2026-02-10"))),
        (.last, .date, .date(W.d("2026-11-02"))),
        (.cadence, .frequency, .frequency(.quarterly, documented: .quarterly)),
        (.coverage, .percent, .percent(50)),  // Q1 and Q2 2026 covered; Q4 2025 and Q3 2026 missed
        (.approvalRate, .percent, .percent(50)),  // AR-102 unapproved, AR-103 self-approved
        (.actor, .person, .person("Priya Shah")),
        (.approver, .person, .person("Tom Reid")),
        (.timeliness, .duration, nil),  // the source has no timeliness rule
        (.onTimeRate, .percent, nil),
        (.completion, .percent, nil),
        (.testPassRate, .percent, nil),  // no attribute tests
    ])
    func evidenceFact(_ fact: EvidenceFactKind, _ kind: AnswerKind, _ expected: Reference?) throws {
        let resolved = try #require(try W.resolver().resolve(W.question(kind, .evidence(kind: "access-review", fact: fact, tolerance: Tolerance())), kind: kind))
        #expect(resolved.reference == expected)
        #expect(resolved.source == "the Access reviews records (4 in the period)")
        #expect(resolved.evidence?.source.id == "access-reviews")
    }

    @Test func evidenceCitationsPointAtRecordsAndGaps() throws {
        let resolver = try W.resolver()
        func citations(_ fact: EvidenceFactKind) throws -> [Citation] {
            try #require(resolver.resolve(W.question(.number, .evidence(kind: nil, fact: fact, tolerance: Tolerance())), kind: .number)).citations
        }
        #expect(try citations(.first) == [Citation(kind: .record, reference: "AR-101", detail: "2026-02-10")])
        #expect(try citations(.last) == [Citation(kind: .record, reference: "AR-104", detail: "2026-11-02")])
        #expect(try citations(.approvalRate).map(\.reference) == ["AR-102", "AR-103"])
        let cadence = try citations(.cadence)
        #expect(cadence.filter { $0.kind == .record }.map(\.reference) == ["AR-101", "AR-102", "AR-103", "AR-104"])
        #expect(cadence.filter { $0.kind == .period } == [
            Citation(kind: .period, reference: "Q4 2025", detail: "no record"),
            Citation(kind: .period, reference: "Q3 2026", detail: "no record"),
        ])
        #expect(try citations(.count).isEmpty)
    }

    @Test func evidenceOfAnotherKindOrControlCannotBeFound() throws {
        let resolver = try W.resolver()
        let otherKind = try #require(resolver.resolve(W.question(.number, .evidence(kind: "backup", fact: .count, tolerance: Tolerance())), kind: .number))
        #expect(otherKind.reference == nil)
        #expect(otherKind.source == "no records")
        #expect(otherKind.evidence == nil)
        let otherControl = try #require(resolver.resolve(
            W.question(.number, .evidence(kind: nil, fact: .count, tolerance: Tolerance()), control: "A.8.13"), kind: .number))
        #expect(otherControl.reference == nil)
    }

    @Test func noBenchmarkResolvesToNothing() throws {
        #expect(try W.resolver().resolve(W.question(.freeText, nil), kind: .freeText) == nil)
    }

    @Test func cadenceOfAnEmptySourceIsNeverAndOfTwoRecordsIsEstimated() {
        let source = FactsFixture.reviewsSource
        func facts(_ dates: [String]) -> EvidenceFacts {
            let records = dates.enumerated().map { i, date in
                EvidenceRecord(id: "AR-\(i)", day: W.d(date), row: i + 2, fields: ["AR-\(i)", date, "Priya Shah", "Tom Reid"])
            }
            let table = EvidenceTable(source: source, columns: ["id", "reviewed", "reviewer", "approver"], records: records)
            return EvidenceFacts(table: table, organisation: FactsFixture.reviewsOrg)
        }
        let question = W.question(.frequency, .evidence(kind: nil, fact: .cadence, tolerance: Tolerance()))
        let empty = ReferenceResolver(scenario: W.scenario(), facts: ["access-reviews": facts([])])
        #expect(empty.resolve(question, kind: .frequency)?.reference == .frequency(.never, documented: .quarterly))
        // Two records give no median gap, but their count over the period still answers "how
        // often" (about twice a year), so an answer can be checked rather than left unchecked.
        let two = ReferenceResolver(scenario: W.scenario(), facts: ["access-reviews": facts(["2026-02-01", "2026-05-01"])])
        #expect(two.resolve(question, kind: .frequency)?.reference != nil)
    }

    @Test(arguments: [
        ("access-review-frequency", AnswerKind.frequency, Reference?.some(.frequency(.quarterly, documented: nil))),
        ("password-rotation", .frequency, .frequency(Frequency(everyDays: 90), documented: nil)),
        ("leaver-access-removal", .duration, .duration(hours: 24, documented: true)),
        ("last-dr-test", .date, .date(W.d("2026-03-14"))),
        ("mfa-coverage", .percent, .percent(95)),
        ("privileged-accounts", .number, .number(12)),
        ("review-approver", .person, .person("Tom Reid")),
        ("unknown-approver", .person, .person("zed")),
        ("reviews-signed-off", .yesNo, .percent(100)),
        ("reviews-outsourced", .yesNo, .percent(0)),
        ("review-forum", .choice, .text("Security Committee")),
        ("access-review-frequency", .date, nil),  // not a date
        ("review-forum", .number, nil),  // not a number
    ])
    func declaredFactIsParsedAsTheAnswerKindExpects(_ key: String, _ kind: AnswerKind, _ expected: Reference?) throws {
        let resolved = try #require(try W.resolver().resolve(W.question(kind, .declared(key: key, tolerance: Tolerance())), kind: kind))
        #expect(resolved.reference == expected)
        #expect(resolved.source == "the Access Control Procedure")
        let text = try #require(W.documents[0].facts[key])
        #expect(resolved.citations == [Citation(kind: .document, reference: "access-procedure", detail: "\(key): \(text)")])
        #expect(resolved.evidence == nil)
    }

    @Test func anUndeclaredFactCannotBeFound() throws {
        let resolved = try #require(try W.resolver().resolve(W.question(.number, .declared(key: "nothing-here", tolerance: Tolerance())), kind: .number))
        #expect(resolved.reference == nil)
        #expect(resolved.source == "no document declares nothing-here")
    }

    @Test(arguments: [
        (DocumentKind.policy, DocumentField.approvedBy, Reference?.some(.person("Tom Reid")), "policy-2026"),
        (.policy, .owner, .person("Priya Shah"), "policy-2026"),
        (.policy, .approvedOn, .date(W.d("2026-02-01")), "policy-2026"),
        (.policy, .nextReview, .date(W.d("2027-02-01")), "policy-2026"),
        (.policy, .version, .text("2.1"), "policy-2026"),
        (.policy, .performedOn, nil, "policy-2026"),
        (.internalAuditReport, .performedOn, .date(W.d("2026-09-10")), "ia-report"),
        (.internalAuditReport, .owner, .person("ext-auditor"), "ia-report"),  // not on the staff list: kept as written
        (.internalAuditReport, .approvedBy, nil, "ia-report"),
    ])
    func documentField(_ kind: DocumentKind, _ field: DocumentField, _ expected: Reference?, _ documentID: String) throws {
        let resolved = try #require(try W.resolver().resolve(W.question(.person, .document(kind: kind, field: field, tolerance: Tolerance())), kind: .person))
        #expect(resolved.reference == expected)
        #expect(resolved.citations == [Citation(kind: .document, reference: documentID, detail: field.rawValue)])
    }

    @Test func theLatestDocumentOfAKindIsUsed() throws {
        let resolved = try #require(try W.resolver().resolve(W.question(.person, .document(kind: .policy, field: .approvedBy, tolerance: Tolerance())), kind: .person))
        #expect(resolved.source == "the Information Security Policy")
    }

    @Test func aMissingDocumentKindCannotBeFound() throws {
        let resolved = try #require(try W.resolver().resolve(W.question(.date, .document(kind: .managementReview, field: .performedOn, tolerance: Tolerance())), kind: .date))
        #expect(resolved.reference == nil)
        #expect(resolved.source == "no management review")
    }

    @Test func resolvedReferencesCompareEndToEnd() throws {
        let resolver = try W.resolver()
        let cadence = try #require(resolver.resolve(W.question(.frequency, .evidence(kind: nil, fact: .cadence, tolerance: Tolerance())), kind: .frequency))
        let monthly = Comparator.compare(Interpretation(kind: .frequency, value: .frequency(.monthly), explanation: ""),
                                         with: cadence.reference, tolerance: Tolerance(), recorded: cadence.source,
                                         citations: cadence.citations)
        #expect(monthly.verdict == .contradicts)
        #expect(monthly.explanation == "You said monthly; the Access reviews records (4 in the period) show about quarterly; the documents say quarterly.")
        #expect(monthly.citations == cadence.citations)

        let approver = try #require(resolver.resolve(W.question(.person, .document(kind: .policy, field: .approvedBy, tolerance: Tolerance())), kind: .person))
        let tom = StaffRef(id: "tom", name: "Tom Reid", role: "Managing Director")
        #expect(Comparator.compare(Interpretation(kind: .person, value: .person(tom), explanation: ""), with: approver.reference,
                                   tolerance: Tolerance(), recorded: approver.source).verdict == .consistent)
    }

    @Test func aStatedDurationLongerThanTheDocumentedOneContradictsIt() throws {
        // QuestionBanks A.7.7-screen-lock-timeout compares with `declared: screen-lock-timeout`.
        // The procedure sets 10 minutes; the owner says screens lock after an hour.
        let resolver = try W.resolver()
        let timeout = try #require(resolver.resolve(W.question(.duration, .declared(key: "screen-lock-timeout", tolerance: Tolerance())), kind: .duration))
        #expect(timeout.reference == .duration(hours: 10.0 / 60, documented: true))
        let judgement = Comparator.compare(Interpretation(kind: .duration, value: .duration(hours: 1), explanation: ""),
                                           with: timeout.reference, tolerance: Tolerance(), recorded: timeout.source)
        #expect(judgement.verdict == .contradicts)
        #expect(!judgement.explanation.contains("median"))
        // Stating the documented value itself is consistent either way.
        #expect(Comparator.compare(Interpretation(kind: .duration, value: .duration(hours: 10.0 / 60), explanation: ""),
                                   with: timeout.reference, tolerance: Tolerance(), recorded: timeout.source).verdict == .consistent)
    }
}
