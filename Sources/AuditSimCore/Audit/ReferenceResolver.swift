import Foundation
import Synchronization

/// Finds what a question's answer is held against: a fact from the bound evidence, a fact
/// a document declares, or a document field.
public struct ReferenceResolver: Sendable {
    public struct Resolved: Sendable {
        public var reference: Reference?
        /// "the access review records (4 records)", "the Access Control Procedure".
        public var source: String
        public var citations: [Citation]
        /// The evidence source, when the reference is recorded.
        public var evidence: EvidenceFacts?
    }

    public var scenario: Scenario
    /// Facts per evidence source id.
    public var facts: [String: EvidenceFacts] { didSet { tally = PeopleTally() } }
    /// The people each source's records name, counted once for every question that asks.
    private var tally = PeopleTally()
    /// Every record's id and day per evidence source, including those before the operating
    /// period (the facts hold only the period's).
    public var history: [String: [(id: String, day: Day)]] = [:]

    /// The records of `source` dated within `range` that fall before the operating period.
    public func earlierRecords(_ source: EvidenceSource, in range: DayRange) -> [(id: String, day: Day)] {
        let start = scenario.organisation.operatingSince
        return (history[source.id] ?? []).filter { $0.day < start && range.contains($0.day) }
    }

    public init(scenario: Scenario, facts: [String: EvidenceFacts]) {
        self.scenario = scenario
        self.facts = facts
    }

    /// The evidence source a question is held against when several could be: set per answer
    /// by `InterviewJudge` (the one the speaker runs, or the one the answer agrees with best).
    public var preferred: String?

    /// The evidence a question is bound to, if any: the preferred source when it is one of the
    /// candidates, else the first.
    public func evidence(for question: Question) -> EvidenceFacts? {
        guard case .evidence? = question.compare else {
            return scenario.sources(for: question.control).first.flatMap { facts[$0.id] }
        }
        let bound = candidates(for: question)
        return bound.first { $0.source.id == preferred } ?? bound.first
    }

    /// Every evidence source of the question's kind bound to its control (for a question that
    /// names no kind, those of the first bound source's kind): restore tests of the plants'
    /// servers monthly and of the head office server quarterly are two candidates for "when
    /// was the last restore test?".
    public func candidates(for question: Question) -> [EvidenceFacts] {
        guard case let .evidence(kind, _, _)? = question.compare else { return [] }
        let bound = scenario.sources(for: question.control)
        guard let kind = kind ?? bound.first?.kind else { return [] }
        return bound.filter { $0.kind == kind }.compactMap { facts[$0.id] }
    }

    /// Whether `speaker` (a staff id) runs this source, as its records say: its owner, the
    /// person most of its actor cells name, or a subject its records are about.
    public func isRun(_ f: EvidenceFacts, by speaker: String) -> Bool {
        if f.source.owner == speaker { return true }
        if let top = people(in: f, approvers: false).first, top.id == speaker { return true }
        if let subject = f.source.subject, let i = f.columns.firstIndex(of: subject) {
            // Each distinct cell is read as a person once: a million rows name a few hundred.
            var read: [String: Bool] = [:]
            return f.population.contains { r in
                guard let cell = r.field(i) else { return false }
                if let known = read[cell] { return known }
                let named = scenario.staffInCell(cell)?.id == speaker
                read[cell] = named
                return named
            }
        }
        return false
    }

    /// Fewer than two occurrences in the period cannot show a cadence. When nothing that fell
    /// due was missed (an annual exercise in an eight-month ISMS, the last one before the
    /// period), what stands is the documented frequency and the history: the latest
    /// occurrence and when the next falls due. Nil when the records can show a cadence, or
    /// show a lapse (an occurrence due and not done, or the next one overdue).
    public struct UnshownCadence: Sendable {
        public var documented: Frequency?
        /// The latest occurrence, in the period or (with none in it) before it.
        public var latest: (id: String, day: Day, beforePeriod: Bool)?
        /// The one before the period, when the latest is in it: with it, one real gap.
        public var earlier: (id: String, day: Day)?
        public var nextDue: Day?
    }

    public func unshownCadence(_ f: EvidenceFacts) -> UnshownCadence? {
        guard f.isActivity, f.cadence == nil, f.count < 2, f.schedule.missed.isEmpty else { return nil }
        // Named as the occurrence is (the exercise, not one of its rows) when a column keys it.
        let key: Int? = if case let .key(column) = f.source.occurrence { f.columns.firstIndex(of: column) } else { nil }
        let before = f.history.last(where: \.counts).map { r in (id: key.flatMap { r.field($0) } ?? r.id, day: r.day) }
        let latest = f.occurrences.last.map { (id: $0.id, day: $0.first, beforePeriod: false) }
            ?? before.map { (id: $0.id, day: $0.day, beforePeriod: true) }
        // Only a schedule is something to hold a frequency against: "ad hoc" sets none.
        let documented = f.source.frequency.flatMap { ($0.days ?? 0) > 0 ? $0 : nil }
        let next = latest.flatMap { l in documented?.days.flatMap { $0 > 0 ? l.day.adding(days: $0) : nil } }
        if let next, let documented, next.adding(days: OccurrenceGrouping.windowDays(for: documented)) < f.asOf { return nil }
        return UnshownCadence(documented: documented, latest: latest, earlier: f.occurrences.isEmpty ? nil : before, nextDue: next)
    }

    public func resolve(_ question: Question, kind: AnswerKind) -> Resolved? {
        guard let benchmark = question.compare else { return nil }
        switch benchmark {
        case let .evidence(_, fact, _):
            guard let f = evidence(for: question) else {
                return Resolved(reference: nil, source: "no records", citations: [], evidence: nil)
            }
            if fact == .count, !question.matching.isEmpty { return matched(question.matching, in: f) }
            let name = "the \(f.source.title) records (\(f.count) in the period)"
            return Resolved(reference: reference(fact, f, kind), source: name, citations: cite(fact, f), evidence: f)
        case let .declared(key, _):
            guard let doc = scenario.documents.first(where: { $0.facts[key] != nil }), let text = doc.facts[key] else {
                return Resolved(reference: nil, source: "no document declares \(key)", citations: [], evidence: nil)
            }
            return Resolved(reference: parse(text, as: kind), source: "the \(doc.title)",
                            citations: [Citation(kind: .document, reference: doc.id, detail: "\(key): \(text)")], evidence: nil)
        case let .document(docKind, field, _):
            guard let doc = scenario.documents(of: docKind).max(by: { ($0.performedOn ?? $0.approvedOn ?? Day(ordinal: 0)) < ($1.performedOn ?? $1.approvedOn ?? Day(ordinal: 0)) }) else {
                return Resolved(reference: nil, source: "no \(docKind.phrase)", citations: [], evidence: nil)
            }
            let value: Reference?
            switch field {
            case .approvedBy: value = doc.approvedBy.map { .person(name(of: $0)) }
            case .owner: value = doc.owner.map { .person(name(of: $0)) }
            case .approvedOn: value = doc.approvedOn.map { .date($0) }
            case .nextReview: value = doc.nextReview.map { .date($0) }
            case .performedOn: value = doc.performedOn.map { .date($0) }
            case .version: value = .text(doc.version)
            }
            return Resolved(reference: value, source: "the \(doc.title)",
                            citations: [Citation(kind: .document, reference: doc.id, detail: field.rawValue)], evidence: nil)
        }
    }

    /// What the records count for a share question, and what those items are called, so
    /// "all but two" and "eleven leavers" can be heard as shares of the real population.
    public func population(for question: Question) -> (count: Int, unit: String)? {
        guard case let .evidence(_, fact, _)? = question.compare, let f = evidence(for: question) else { return nil }
        let n: Int?
        switch fact {
        case .onTimeRate, .timeliness: n = f.timing?.measured
        case .completion: n = f.completionPopulation
        case .coverage: n = f.schedule.expected.count
        default: n = f.count
        }
        guard let n, n > 0 else { return nil }
        let due = f.source.subject == nil ? "periods" : "reviews due"
        return (n, fact == .coverage ? due : ReferenceResolver.unit(of: f.source.kind))
    }

    /// Meaningful parts of an event log's count: the records holding one value, or a run of
    /// neighbouring values, of a column the source sorts its records by (a timeliness `by`
    /// column, a `where` or `counts-when` column). "P1 to P3" is 11 of 58 incidents; "Eleven"
    /// may mean those. The whole population is not a part.
    public func subCounts(_ f: EvidenceFacts) -> [(column: String, values: [String], count: Int)] {
        guard !f.isActivity else { return [] }
        var columns: [String] = []
        for rule in f.source.timeliness { columns += [rule.limit.byColumn, rule.filter?.column].compactMap { $0 } }
        columns += f.source.tests.compactMap { $0.filter?.column }
        columns += f.source.countsWhen.map(\.column)
        var seen = Set<String>()
        var out: [(column: String, values: [String], count: Int)] = []
        for column in columns where seen.insert(column).inserted {
            guard let i = f.columns.firstIndex(of: column) else { continue }
            var counts: [String: Int] = [:]
            for r in f.population {
                let value = (r.field(i) ?? "").trimmingCharacters(in: .whitespaces)
                if !value.isEmpty { counts[value, default: 0] += 1 }
            }
            // Ordered categories (P1…P4, "1 - Critical"…"4 - Low"): few of them, in natural order.
            let values = counts.keys.sorted { $0.compare($1, options: [.numeric, .caseInsensitive]) == .orderedAscending }
            guard values.count >= 2, values.count <= 8 else { continue }
            for start in values.indices {
                for end in start..<values.count where !(start == 0 && end == values.count - 1) {
                    let run = Array(values[start...end])
                    out.append((column, run, run.map { counts[$0]! }.reduce(0, +)))
                }
            }
        }
        return out
    }

    /// "Priority P1 to P3", "Priority P4", "Breach notifiable Yes".
    static func phrase(_ part: (column: String, values: [String], count: Int)) -> String {
        var column = part.column
        if column.hasPrefix("Custom field ("), column.hasSuffix(")") { column = String(column.dropFirst(14).dropLast()) }
        let values = part.values.count == 1 ? part.values[0]
            : part.values.count == 2 ? "\(part.values[0]) or \(part.values[1])" : "\(part.values.first!) to \(part.values.last!)"
        return "\(column) \(values)"
    }

    /// What one record of an evidence kind is called when people count them.
    static func unit(of kind: String) -> String {
        let names = [
            "joiners-leavers": "leavers", "change": "changes", "vulnerability": "vulnerabilities",
            "incident": "incidents", "training": "people", "supplier-review": "suppliers",
            "access-review": "reviews", "screening": "new starters", "restore-test": "restore tests",
            "code-review": "pull requests", "privileged-access": "accounts", "mfa-enrolment": "accounts",
            "phishing-simulation": "people", "backup": "backups", "log-review": "reviews",
            "visitor-log": "visitors", "cloud-service-review": "cloud services", "asset": "assets",
            "site-security-check": "site checks", "clear-desk-check": "walk-rounds",
        ]
        return names[kind] ?? "records"
    }

    /// Everyone the records name for an actor or approver question, most often first:
    /// "me and Dave" is held against this set, not only against the most frequent name.
    /// Cells are read as people (`Scenario.staffInCell(_:)`): "PN", "Priya Nowak" and
    /// `OSTERVALE\pnowak` are one person, counted once per record.
    public func recordedPeople(for question: Question) -> [(name: String, records: Int)] {
        recordedStaff(for: question).map { ($0.name, $0.records) }
    }

    /// As `recordedPeople`, with the staff id each name resolved to.
    func recordedStaff(for question: Question) -> [(name: String, id: String?, records: Int)] {
        guard case let .evidence(_, fact, _)? = question.compare, fact == .approver || fact == .actor,
              let f = evidence(for: question) else { return [] }
        return people(in: f, approvers: fact == .approver)
    }

    /// The people one column of the records names, with the staff id each cell resolves to.
    func people(in f: EvidenceFacts, approvers: Bool) -> [PeopleTally.Named] {
        tally.people(of: f, approvers: approvers) { countPeople(in: f, approvers: approvers) }
    }

    private func countPeople(in f: EvidenceFacts, approvers: Bool) -> [PeopleTally.Named] {
        guard let column = approvers ? f.source.approverColumn : f.source.actorColumn,
              let i = f.columns.firstIndex(of: column) else { return [] }
        // Records per distinct cell, in the order cells first appear: a million rows name a few
        // hundred people, and reading a cell as a person (`staffInCell`) per record walked the
        // staff list a million times (seven tenths of a million-row run).
        var cellRecords: [String: Int] = [:]
        var cellOrder: [String] = []
        for r in f.population {
            guard let value = r.field(i) else { continue }
            if let n = cellRecords[value] { cellRecords[value] = n + 1 } else { cellRecords[value] = 1; cellOrder.append(value) }
        }
        var counts: [String: Int] = [:]
        var named: [String: (name: String, id: String?)] = [:]
        for value in cellOrder {
            // Approver cells may list several people ("PN; DH"), as the approval test reads them.
            let cells = approvers ? value.split(whereSeparator: { $0 == ";" || $0 == "," }).map(String.init) : [value]
            var seen = Set<String>()
            for cell in cells {
                let text = cell.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty, !["n/a", "na", "none", "-"].contains(text.lowercased()) else { continue }
                let member = scenario.staffInCell(text)
                let key = member?.id ?? text
                guard seen.insert(key).inserted else { continue }
                counts[key, default: 0] += cellRecords[value]!
                named[key] = named[key] ?? (member?.name ?? text, member?.id)
            }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { (named[$0.key]!.name, named[$0.key]!.id, $0.value) }
    }

    /// The records whose text says one of `words` ("Laptop stolen from car" for lost or
    /// stolen devices): "none that I know of" is then held against what the log holds.
    func matched(_ words: [String], in f: EvidenceFacts) -> Resolved {
        let columns = f.source.declaredColumns
        let texts = f.source.textColumns.compactMap { columns.firstIndex(of: $0) }
        let keys = words.map { $0.lowercased() }
        let hits = f.population.filter { record in
            texts.contains { i in
                guard let value = record.field(i) else { return false }
                let text = " " + value.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " } + " "
                return keys.contains { text.contains(" " + $0 + " ") || text.contains(" " + $0) && $0.count > 4 }
            }
        }
        let detail = { (r: EvidenceRecord) -> String in
            texts.compactMap { r.field($0) }.joined(separator: "; ")
        }
        let said = hits.prefix(2).map { "\($0.id) \"\(detail($0))\"" }.joined(separator: ", ")
        let name = "the \(f.source.title) records (\(hits.count) of \(f.count) mention \(EvidenceWording.list(words).replacingOccurrences(of: " and ", with: " or "))"
            + (said.isEmpty ? ")" : ": \(said))")
        return Resolved(reference: .number(Double(hits.count)), source: name,
                        citations: hits.prefix(10).map { Citation(kind: .record, reference: $0.id, detail: "\($0.day): \(detail($0))") },
                        evidence: f)
    }

    private func name(of staffID: String) -> String { scenario.staffMember(staffID)?.name ?? staffID }

    private func reference(_ fact: EvidenceFactKind, _ f: EvidenceFacts, _ kind: AnswerKind) -> Reference? {
        func percent(_ rate: Double?) -> Reference? { rate.map { .percent($0 * 100) } }
        switch fact {
        case .count: return .number(Double(f.count))
        case .first: return f.first.map { .date($0) }
        case .last: return (f.last ?? f.lastBeforePeriod).map { .date($0) }
        case .cadence:
            if let cadence = f.cadence { return .frequency(cadence, documented: f.source.frequency) }
            // None was due and missed: "never" would hold the person to a lapse the records do
            // not show. The documented frequency stands (nil: cannot be checked).
            if let unshown = unshownCadence(f) { return unshown.documented.map { .frequency($0, documented: $0) } }
            return f.count == 0 ? .frequency(.never, documented: f.source.frequency) : nil
        case .coverage: return percent(f.coverage)
        case .approvalRate: return percent(f.approvalRate)
        case .actor: return (people(in: f, approvers: false).first?.name ?? f.mostFrequentActor).map { .person($0) }
        case .approver: return (people(in: f, approvers: true).first?.name ?? f.mostFrequentApprover).map { .person($0) }
        case .timeliness: return f.timing?.typicalHours.map { .duration(hours: $0) }
        case .onTimeRate: return percent(f.timing?.onTimeRate)
        case .completion: return percent(f.completionRate)
        case .testPassRate: return percent(f.testPassRate)
        }
    }

    private func cite(_ fact: EvidenceFactKind, _ f: EvidenceFacts) -> [Citation] {
        switch fact {
        case .first: return f.population.first.map { [Citation(kind: .record, reference: $0.id, detail: $0.day.description)] } ?? []
        case .last: return f.population.last.map { [Citation(kind: .record, reference: $0.id, detail: $0.day.description)] } ?? []
        case .cadence, .coverage:
            return f.population.suffix(6).map { Citation(kind: .record, reference: $0.id, detail: $0.day.description) }
                + f.missedPeriods.map { Citation(kind: .period, reference: ExpectedPeriods.name($0), detail: "no record") }
        case .approvalRate: return f.unapproved.prefix(10).map { Citation(kind: .record, reference: $0, detail: "not independently approved") }
        case .timeliness, .onTimeRate:
            return (f.timing?.late ?? []).prefix(10).map { Citation(kind: .record, reference: $0.id, detail: "late") }
        case .testPassRate: return f.testFailures.keys.sorted().prefix(10).map { Citation(kind: .record, reference: $0, detail: "fails a test") }
        default: return []
        }
    }

    /// Reads a declared fact as the answer kind expects.
    func parse(_ text: String, as kind: AnswerKind) -> Reference? {
        switch kind {
        case .frequency: return Frequency(token: text).map { .frequency($0, documented: nil) }
        case .duration: return YAMLFields.parseHours(text).map { .duration(hours: $0, documented: true) }
        case .date: return Day(iso: text).map { .date($0) }
        case .number, .percent: return Double(text.replacingOccurrences(of: "%", with: "")).map { kind == .percent ? .percent($0) : .number($0) }
        case .person: return .person(scenario.staffMember(text)?.name ?? text)
        case .yesNo: return ["true", "yes"].contains(text.lowercased()) ? .percent(100) : .percent(0)
        case .choice, .freeText: return .text(text)
        }
    }
}

/// The people a source's actor or approver column names, per source: every question about
/// who approves or who does the work counted a million rows again.
final class PeopleTally: Sendable {
    typealias Named = (name: String, id: String?, records: Int)
    private let counted = Mutex<[String: (rows: Int, people: [Named])]>([:])

    /// The tally of `f`'s column, made by `count` the first time it is asked for.
    func people(of f: EvidenceFacts, approvers: Bool, count: () -> [Named]) -> [Named] {
        let key = (approvers ? "approver\u{0}" : "actor\u{0}") + f.source.id
        if let known = counted.withLock({ $0[key] }), known.rows == f.population.count { return known.people }
        let people = count()
        counted.withLock { $0[key] = (f.population.count, people) }
        return people
    }
}
