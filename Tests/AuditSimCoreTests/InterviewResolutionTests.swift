import Foundation
import Testing

@testable import AuditSimCore

/// What an answer is held against, as real cases present it: a young ISMS whose annual
/// exercise is not yet due, two sources of one kind on one control, registers that write
/// people as initials, and a count that matches part of the records.
enum ResolutionKit {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// An ISMS operating since 1 March 2026, audited on 16 November 2026.
    static let organisation = Organisation(name: "Resolution Ltd", sector: "software", personsInScope: 40, scope: "everything",
                                           auditDate: day("2026-11-16"), operatingSince: day("2026-03-02"))

    static let staff = [
        StaffMember(id: "ann", name: "Ann Lee", role: "Chief Executive", topManagement: true),
        StaffMember(id: "priya-nowak", name: "Priya Nowak", role: "IT Security Analyst", aliases: ["Priya"], owns: ["A.8.15"]),
        StaffMember(id: "dave-hartley", name: "Dave Hartley", role: "IT Infrastructure Engineer", aliases: ["Dave"],
                    owns: ["A.8.13"]),
        StaffMember(id: "matthew-oakes", name: "Matthew Oakes", role: "Backup Lead", aliases: ["Matthew"], owns: ["A.5.30"]),
        StaffMember(id: "lee-parfitt", name: "Lee Parfitt", role: "Site IT", aliases: ["Lee"]),
        StaffMember(id: "sanjay-mistry", name: "Sanjay Mistry", role: "Service Delivery Manager", aliases: ["Sanjay"],
                    owns: ["A.5.24"]),
        StaffMember(id: "tom-reid", name: "Tom Reid", role: "Controls Engineer", aliases: ["Tom"]),
    ]

    static func scenario(_ sources: [EvidenceSource], staff: [StaffMember] = staff) -> Scenario {
        Scenario(directory: FileManager.default.temporaryDirectory, name: "resolution", organisation: organisation,
                 bankID: "resolution", staff: staff, documents: [], soa: [], evidence: sources)
    }

    /// Records with `columns` fields; the first column is the id, the second the date.
    static func table(_ source: EvidenceSource, _ columns: [String], _ rows: [[String]]) -> EvidenceTable {
        let records = rows.enumerated().map { i, fields in
            EvidenceRecord(id: fields[0], day: day(fields[1]), row: i + 2, fields: fields)
        }
        return EvidenceTable(source: source, columns: columns, records: records)
    }

    static func judge(_ tables: [EvidenceTable], staff: [StaffMember] = staff) -> InterviewJudge {
        let scenario = scenario(tables.map(\.source), staff: staff)
        let facts = Dictionary(uniqueKeysWithValues: tables.map { ($0.source.id, EvidenceFacts(table: $0, organisation: organisation)) })
        return InterviewJudge(scenario: scenario, resolver: ReferenceResolver(scenario: scenario, facts: facts))
    }

    static func question(_ id: String, _ control: ControlID, kind: String, fact: EvidenceFactKind, answer: AnswerKind,
                         tolerance: Tolerance = Tolerance()) -> Question {
        Question(id: id, control: control, stage: .operational, audience: .controlOwner, text: id, answer: answer,
                 compare: .evidence(kind: kind, fact: fact, tolerance: tolerance), looksFor: "the records")
    }
}

// MARK: - 1. A cadence the records cannot show yet

@Suite("Resolution: a frequency when fewer than two occurrences are recorded")
struct UnshownCadenceTests {
    typealias K = ResolutionKit
    static let columns = ["Row", "Exercise date", "Exercise", "Result"]
    static let cadence = K.question("A.5.30-test-cadence", "A.5.30", kind: "bc-test", fact: .cadence, answer: .frequency)

    static func source(frequency: Frequency? = .annual) -> EvidenceSource {
        EvidenceSource(id: "dr-exercises", kind: "bc-test", title: "DR test log", controls: ["A.5.29", "A.5.30"],
                       owner: "matthew-oakes", file: "evidence/dr.csv", idColumn: "Row", dateColumn: "Exercise date",
                       frequency: frequency, occurrence: .key("Exercise"))
    }

    /// DRX-2026-01 ran over two days in January, before the ISMS went live in March: the next
    /// is due in January 2027, after the audit.
    static let january = [["R1", "2026-01-20", "DRX-2026-01", "Pass"], ["R2", "2026-01-21", "DRX-2026-01", "Pass"]]

    static func judgement(_ answer: String, rows: [[String]] = january, frequency: Frequency? = .annual) -> Judgement {
        let judge = K.judge([K.table(source(frequency: frequency), columns, rows)])
        let heard = judge.interpret(answer, for: cadence, by: "matthew-oakes")
        return judge.judge(heard, for: cadence, answer: answer, speaker: "matthew-oakes")
    }

    @Test(arguments: [
        ("Once a year, a proper failover of Insight to the other region.", Verdict.consistent),
        ("Annually.", .consistent),
        ("Every six months.", .partlyConsistent),
        ("Monthly.", .contradicts),
    ])
    func anAnnualExerciseNotYetDueIsHeldAgainstTheDocumentedFrequency(_ answer: String, _ verdict: Verdict) {
        let j = Self.judgement(answer)
        #expect(j.verdict == verdict, "\(j.explanation)")
        #expect(!j.explanation.contains("never"), "\(j.explanation)")
        #expect(j.explanation.contains("DRX-2026-01 on 2026-01-21, before the period"), "\(j.explanation)")
        #expect(j.explanation.contains("2027-01-21"), "\(j.explanation)")
    }

    @Test func withOneInThePeriodAndOneBeforeItTheDocumentedFrequencyStillStands() {
        let rows = [["R0", "2025-09-10", "DRX-2025-01", "Pass"], ["R1", "2026-09-08", "DRX-2026-01", "Pass"]]
        let j = Self.judgement("Once a year.", rows: rows)
        #expect(j.verdict == .consistent, "\(j.explanation)")
        #expect(j.citations.map(\.reference) == ["DRX-2026-01", "DRX-2025-01"])
    }

    @Test func withNoDocumentedFrequencyAndNoGapItCannotBeChecked() {
        let j = Self.judgement("Once a year.", frequency: nil)
        #expect(j.verdict == .cannotCheck, "\(j.explanation)")
        #expect(!j.explanation.contains("never"))
    }

    /// "Ad hoc" is no schedule: one supplier review in the period cannot show a cadence.
    @Test func anAdHocDocumentSetsNothingToHoldAFrequencyAgainst() {
        let j = Self.judgement("Annually.", rows: [["R1", "2026-10-28", "SUP-01", "Pass"]], frequency: .adHoc)
        #expect(j.verdict == .cannotCheck, "\(j.explanation)")
    }

    @Test func withNoDocumentedFrequencyTheOneRealGapIsUsed() {
        let rows = [["R0", "2025-09-10", "DRX-2025-01", "Pass"], ["R1", "2026-09-08", "DRX-2026-01", "Pass"]]
        #expect(Self.judgement("Once a year.", rows: rows, frequency: nil).verdict == .consistent)
        #expect(Self.judgement("Every week.", rows: rows, frequency: nil).verdict == .contradicts)
    }

    /// The last exercise was in 2024: the one due in 2025 never came, so the records do show
    /// a control not operating when due.
    @Test func anOverdueExerciseIsStillHeldAgainstNone() {
        let j = Self.judgement("Once a year.", rows: [["R1", "2024-11-20", "DRX-2024-01", "Pass"]])
        #expect(j.verdict == .contradicts, "\(j.explanation)")
    }

    @Test func theModelAnswerIsNotNever() throws {
        let judge = K.judge([K.table(Self.source(), Self.columns, Self.january)])
        let model = try #require(judge.modelAnswer(for: Self.cadence))
        #expect(model.lowercased().contains("annual"), "\(model)")
    }
}

// MARK: - 2. Two sources of one kind on one control

@Suite("Resolution: two evidence sources of one kind bound to a control")
struct TwoSourcesTests {
    typealias K = ResolutionKit
    static let columns = ["Id", "CreationTime", "JobName", "Result"]
    static let last = K.question("A.8.13-restore-last", "A.8.13", kind: "restore-test", fact: .last, answer: .date)
    static let cadence = K.question("A.8.13-restore-cadence", "A.8.13", kind: "restore-test", fact: .cadence, answer: .frequency)

    static func source(_ id: String, _ title: String, frequency: Frequency, owner: String) -> EvidenceSource {
        EvidenceSource(id: id, kind: "restore-test", title: title, controls: ["A.8.13"], owner: owner, file: "evidence/veeam.csv",
                       idColumn: "Id", dateColumn: "CreationTime", frequency: frequency)
    }

    /// The plants' MES servers monthly, on the 8th; the head office file server quarterly.
    static let plantRows = (3...10).map { m in ["PL-\(m)", "2026-\(m < 10 ? "0" : "")\(m)-08", "SB-MES-Monthly", "Success"] }
    static let officeRows = [["HO-1", "2026-03-26", "SB-HO-FS-Quarterly", "Success"],
                             ["HO-2", "2026-06-25", "SB-HO-FS-Quarterly", "Success"],
                             ["HO-3", "2026-09-17", "SB-HO-FS-Quarterly", "Success"]]

    static func judge(plantsOwner: String = "dave-hartley", officeOwner: String = "dave-hartley") -> InterviewJudge {
        K.judge([K.table(source("plants", "plants' MES restore tests", frequency: .monthly, owner: plantsOwner), columns, plantRows),
                 K.table(source("office", "head office restore tests", frequency: .quarterly, owner: officeOwner), columns, officeRows)])
    }

    static func judged(_ answer: String, _ question: Question, by speaker: String, judge: InterviewJudge = judge())
        -> (judgement: Judgement, source: String?) {
        judge.judged(judge.interpret(answer, for: question, by: speaker), for: question, answer: answer, speaker: speaker)
    }

    /// Benefit of the doubt: both owned by the speaker, so each is tried and the answer is held
    /// against the one it agrees with best, and says which.
    @Test(arguments: [
        ("The seventeenth of September.", "office", Verdict.consistent),
        ("The eighth of October.", "plants", .consistent),
        ("Back in the spring. March, I think.", "office", .contradicts),  // nearer the office's September test
    ])
    func aDateIsHeldAgainstTheSourceItAgreesWithBest(_ answer: String, _ source: String, _ verdict: Verdict) {
        let (j, held) = Self.judged(answer, Self.last, by: "dave-hartley")
        #expect(held == source, "\(j.explanation)")
        #expect(j.verdict == verdict, "\(j.explanation)")
        #expect(j.explanation.contains(source == "office" ? "head office restore tests" : "plants' MES restore tests"))
    }

    @Test(arguments: [("Every month, give or take.", "plants"), ("Quarterly.", "office")])
    func aFrequencyIsHeldAgainstTheSourceItAgreesWithBest(_ answer: String, _ source: String) {
        let (j, held) = Self.judged(answer, Self.cadence, by: "lee-parfitt")
        #expect(held == source)
        #expect(j.verdict == .consistent, "\(j.explanation)")
    }

    /// The speaker runs one of them: that one, even when the answer would agree with the other.
    @Test func theSourceTheSpeakerRunsIsTheOne() {
        let judge = Self.judge(plantsOwner: "lee-parfitt", officeOwner: "dave-hartley")
        let (j, held) = Self.judged("The eighth of October.", Self.last, by: "dave-hartley", judge: judge)
        #expect(held == "office")
        #expect(j.verdict == .contradicts, "\(j.explanation)")
        #expect(j.explanation.contains("which Dave Hartley runs"), "\(j.explanation)")
    }

    /// Weighing: an answer held against sound records does not join a nonconformity raised
    /// from the other source on the same control; one held against those records does.
    @Test(arguments: [("office", false), ("plants", true), (nil as String?, true)])
    func anAnswerJoinsOnlyTheNonconformityOfTheRecordsItWasHeldAgainst(_ held: String?, _ joins: Bool) {
        let scenario = K.scenario([])
        let missed = Finding(id: "S2-A.8.13-missed-period-plants", stage: .operational, control: "A.8.13", grade: .minor,
                             rule: .missedPeriod, requirement: "monthly", found: "June missed", correction: "-", correctiveAction: "-")
        let said = Finding(id: "S2-A.8.13-answer-contradicts-A.8.13-restore-last", stage: .operational, control: "A.8.13",
                           grade: .observation, rule: .answerContradicts, requirement: "-", found: "March",
                           evidence: [Citation(kind: .answer, reference: "A.8.13-restore-last", detail: "March, I think")],
                           correction: "-", correctiveAction: "-", person: "dave-hartley", heldAgainst: held)
        let weighed = InterviewEvidence(interview: [said], recorded: [missed], boundControls: [missed.id: ["A.8.13"]],
                                        scenario: scenario, interviewed: ["dave-hartley"],
                                        recordedSources: [missed.id: "plants"])
        let attached = weighed.findings.first { $0.id == missed.id }?.facets.contains { $0.rule == .answerContradicts } ?? false
        #expect(attached == joins)
        #expect(weighed.findings.contains { $0.control == "7.3" } == !joins)
    }
}

// MARK: - 3. People in the records' cells

@Suite("Resolution: people named against initials and logins in the records")
struct PeopleInCellsTests {
    typealias K = ResolutionKit
    static let columns = ["Row", "Week commencing", "Reviewed by"]
    static let who = K.question("A.8.15-who-reviews", "A.8.15", kind: "log-review", fact: .actor, answer: .person)

    /// 28 weekly reviews: PN reviewed 25 and DH 3, as an Excel register writes them.
    static let judge: InterviewJudge = {
        let source = EvidenceSource(id: "log-review", kind: "log-review", title: "Weekly log review register", controls: ["A.8.15"],
                                    owner: "priya-nowak", file: "evidence/log.csv", idColumn: "Row",
                                    dateColumn: "Week commencing", actorColumn: "Reviewed by", frequency: .weekly)
        let rows = (0..<28).map { i in
            ["W\(i)", ResolutionKit.day("2026-03-02").adding(days: 7 * i).description, [3, 11, 19].contains(i) ? " dh " : "PN"]
        }
        return K.judge([K.table(source, columns, rows)])
    }()

    @Test(arguments: [
        ("PN", "priya-nowak"), (" pn ", "priya-nowak"), ("P.N.", "priya-nowak"), ("Priya Nowak", "priya-nowak"),
        ("priya-nowak", "priya-nowak"), ("OSTERVALE\\priya.nowak", "priya-nowak"), ("priya.nowak@ostervale.co.uk", "priya-nowak"),
        ("DH", "dave-hartley"), ("Dave", "dave-hartley"), ("ZZ", nil), ("", nil),
    ])
    func aCellIsReadAsAPerson(_ cell: String, _ id: String?) {
        #expect(K.scenario([]).staffInCell(cell)?.id == id)
    }

    @Test func initialsTwoPeopleShareNameNobody() {
        let staff = K.staff + [StaffMember(id: "diane-hill", name: "Diane Hill", role: "HR")]
        #expect(K.scenario([], staff: staff).staffInCell("DH") == nil)
        #expect(K.scenario([], staff: staff).staffInCell("PN")?.id == "priya-nowak")
    }

    @Test(arguments: [
        ("Dave and me. Mostly me; Dave picks it up when I'm off.", Verdict.consistent),
        ("Priya Nowak and Dave Hartley.", .consistent),
        ("Dave and Tom.", .partlyConsistent),
        ("Tom and Sanjay.", .contradicts),
        ("Me.", .consistent),
        ("Dave.", .contradicts),
    ])
    func namedPeopleAreHeldAgainstTheInitialsTheRegisterHolds(_ answer: String, _ verdict: Verdict) {
        let heard = Self.judge.interpret(answer, for: Self.who, by: "priya-nowak")
        let j = Self.judge.judge(heard, for: Self.who, answer: answer, speaker: "priya-nowak")
        #expect(j.verdict == verdict, "\(answer): \(heard.explanation) \(j.explanation)")
        #expect(!j.explanation.contains("PN"), "\(j.explanation)")
    }

    @Test func theRecordsNameStaffNotInitials() {
        #expect(Self.judge.resolver.recordedPeople(for: Self.who).map(\.name) == ["Priya Nowak", "Dave Hartley"])
        #expect(Self.judge.resolver.recordedPeople(for: Self.who).map(\.records) == [25, 3])
    }
}

// MARK: - 4. A count that equals a part of the records

@Suite("Resolution: a count that matches a part of the records is confirmed, not graded")
struct SubCountTests {
    typealias K = ResolutionKit
    static let columns = ["Issue key", "Created", "Priority", "Resolved"]
    static let count = K.question("A.5.24-incident-count", "A.5.24", kind: "incident", fact: .count, answer: .number,
                                  tolerance: Tolerance(percent: 20))

    /// 58 incidents since the ISMS went live: 1 P1, 4 P2, 6 P3 (11 of P1 to P3) and 47 P4
    /// phishing reports, with a resolution target per priority.
    static let judge: InterviewJudge = {
        let limit = Timeliness.Limit(byColumn: "Priority", byCategory: ["P1": .hours(24), "P2": .hours(120), "P3": .hours(240), "P4": .hours(720)])
        let source = EvidenceSource(id: "incidents", kind: "incident", title: "Security incidents", controls: ["A.5.24"],
                                    owner: "sanjay-mistry", file: "evidence/incidents.csv", idColumn: "Issue key",
                                    dateColumn: "Created", shape: .events,
                                    timeliness: Timeliness(from: "Created", to: "Resolved", limit: limit))
        let priorities = [String](repeating: "P1", count: 1) + .init(repeating: "P2", count: 4) + .init(repeating: "P3", count: 6)
            + .init(repeating: "P4", count: 47)
        let rows = priorities.enumerated().map { i, p in
            let day = ResolutionKit.day("2026-03-05").adding(days: i * 4).description
            return ["SEC-\(100 + i)", day, p, day]
        }
        return K.judge([K.table(source, columns, rows)])
    }()

    @Test(arguments: [
        ("Eleven, since we went live.", "11 incidents in all, or 11 with Priority P1 to P3?"),
        ("Four.", "4 incidents in all, or 4 with Priority P2?"),
        ("Ten.", "10 incidents in all, or 10 with Priority P2 or P3?"),
        ("Forty-seven.", nil),  // the P4s, but within tolerance of the total
        ("Fifty-eight.", nil),  // the total
        ("About fifty.", nil),  // within tolerance of the total
        ("Seven.", nil),        // no part of the records holds seven
        ("Just one, I think.", nil),  // one P1, but "one" matches some category by chance
        ("Eleven in all.", nil),  // the whole, said so
    ])
    func aCountEqualToAPartIsAskedAbout(_ answer: String, _ confirm: String?) {
        let heard = Self.judge.interpret(answer, for: Self.count, by: "sanjay-mistry")
        #expect(heard.confirm == confirm, "\(answer): \(heard.explanation)")
    }

    @Test func aCountThatNamesItsPartIsHeldAgainstThatPart() {
        let answer = "Eleven, counting P1 to P3."
        let heard = Self.judge.interpret(answer, for: Self.count, by: "sanjay-mistry")
        #expect(heard.confirm == nil)
        let j = Self.judge.judge(heard, for: Self.count, answer: answer, speaker: "sanjay-mistry")
        #expect(j.verdict == .consistent, "\(j.explanation)")
    }

    @Test func elevenInAllIsStillHeldAgainstTheTotal() {
        let heard = Self.judge.interpret("Eleven in all.", for: Self.count, by: "sanjay-mistry")
        #expect(Self.judge.judge(heard, for: Self.count, answer: "Eleven in all.").verdict == .contradicts)
    }

    /// In a session the auditor asks back; the same answer again leaves it open to two
    /// readings: coaching (unclear-answer), never an observation against the person.
    @Test func inASessionItIsAskedBackAndNeverGraded() throws {
        let sanjay = try #require(K.staff.first { $0.id == "sanjay-mistry" })
        let plan = InterviewPlan(items: [.init(question: Self.count, interviewee: sanjay, text: Self.count.text)])
        var session = InterviewSession(plan: plan, judge: Self.judge, mode: .exam)
        guard case let .reask(asked) = session.answer("Eleven, since we went live.") else {
            Issue.record("expected the auditor to ask which eleven")
            return
        }
        #expect(asked.contains("P1 to P3"))
        _ = session.answer("Eleven, since we went live.")
        #expect(session.isFinished)
        #expect(session.findings.map(\.rule) == [.unclearAnswer])
        #expect(session.findings.allSatisfy { $0.grade == .improvement })
    }
}
