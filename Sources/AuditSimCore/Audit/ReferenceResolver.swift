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
    public var facts: [String: EvidenceFacts]
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

    /// The evidence a question is bound to, if any.
    public func evidence(for question: Question) -> EvidenceFacts? {
        guard case let .evidence(kind, _, _)? = question.compare else {
            return scenario.sources(for: question.control).first.flatMap { facts[$0.id] }
        }
        let bound = scenario.sources(for: question.control).filter { kind == nil || $0.kind == kind }
        return bound.first.flatMap { facts[$0.id] }
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

    /// What one record of an evidence kind is called when people count them.
    static func unit(of kind: String) -> String {
        let names = [
            "joiners-leavers": "leavers", "change": "changes", "vulnerability": "vulnerabilities",
            "incident": "incidents", "training": "people", "supplier-review": "suppliers",
            "access-review": "reviews", "screening": "new starters", "restore-test": "restore tests",
            "code-review": "pull requests", "privileged-access": "accounts", "mfa-enrolment": "accounts",
            "phishing-simulation": "people", "backup": "backups", "log-review": "reviews",
            "visitor-log": "visitors", "cloud-service-review": "cloud services", "asset": "assets",
        ]
        return names[kind] ?? "records"
    }

    /// Everyone the records name for an actor or approver question, most often first:
    /// "me and Dave" is held against this set, not only against the most frequent name.
    public func recordedPeople(for question: Question) -> [(name: String, records: Int)] {
        guard case let .evidence(_, fact, _)? = question.compare, fact == .approver || fact == .actor,
              let f = evidence(for: question),
              let column = fact == .approver ? f.source.approverColumn : f.source.actorColumn,
              let i = f.source.declaredColumns.firstIndex(of: column) else { return [] }
        var counts: [String: Int] = [:]
        for r in f.population where i < r.fields.count {
            let name = r.fields[i].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !["n/a", "na", "none", "-"].contains(name.lowercased()) else { continue }
            counts[name, default: 0] += 1
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { (scenario.staffMember($0.key)?.name ?? $0.key, $0.value) }
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
            return f.count == 0 ? .frequency(.never, documented: f.source.frequency) : nil
        case .coverage: return percent(f.coverage)
        case .approvalRate: return percent(f.approvalRate)
        case .actor: return f.mostFrequentActor.map { .person($0) }
        case .approver: return f.mostFrequentApprover.map { .person($0) }
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
