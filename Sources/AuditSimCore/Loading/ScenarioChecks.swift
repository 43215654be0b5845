import Foundation
import Yams

/// Cross-reference checks over a loaded scenario: every id it mentions must exist, in
/// the scenario or in its question bank.
struct ScenarioChecks {
    let scenario: Scenario
    let bank: QuestionBank?
    let file: String
    let log: DiagnosticLog

    func run(
        staff: [(StaffMember, Node)], documents: [(Document, Node)], soa: [(SoAEntry, Node)],
        evidence: [(EvidenceSource, Node)], answerSets: [(AnswerSet, file: String, nodes: [String: Node])]
    ) {
        unique(staff.map { ($0.0.id, $0.1) }, "staff id")
        unique(documents.map { ($0.0.id, $0.1) }, "document id")
        unique(soa.map { ($0.0.control.rawValue, $0.1) }, "SoA entry for control")
        unique(evidence.map { ($0.0.id, $0.1) }, "evidence source id")
        for (what, items) in [("staff id", staff.map { ($0.0.id, $0.1) }), ("document id", documents.map { ($0.0.id, $0.1) }),
                              ("evidence source id", evidence.map { ($0.0.id, $0.1) })] {
            nonEmpty(items, what)
            distinguishable(items, what)
        }
        nonEmpty(staff.map { ($0.0.name, $0.1) }, "staff name")
        nonEmpty(documents.map { ($0.0.title, $0.1) }, "document title")
        nonEmpty(evidence.map { ($0.0.title, $0.1) }, "evidence source title")
        sameNames(staff)
        declaredFacts(documents)
        for (document, node) in documents {
            let audit = scenario.organisation.auditDate
            for (key, day) in [("approved-on", document.approvedOn), ("performed-on", document.performedOn)] {
                guard let day, day > audit else { continue }
                YAMLFields.report("document '\(document.id)': '\(key)' \(day) is after the audit date \(audit)",
                                  at: ScenarioChecks.child(node, key) ?? node, file: file, log: log)
            }
        }
        let staffIDs = Set(scenario.staff.map(\.id))
        let documentIDs = Set(scenario.documents.map(\.id))

        for (member, node) in staff {
            controls(member.owns, at: node, what: "\(member.id) owns")
        }
        for (document, node) in documents {
            person(document.owner, staffIDs, at: node, what: "owner of document '\(document.id)'")
            person(document.approvedBy, staffIDs, at: node, what: "approver of document '\(document.id)'")
            controls(document.controls, at: node, what: "document '\(document.id)' lists")
            for auditor in document.auditors {
                person(auditor.id, staffIDs, at: node, what: "auditor in document '\(document.id)'")
            }
        }
        for (source, node) in evidence {
            controls(source.controls, at: node, what: "evidence '\(source.id)' is bound to")
            person(source.owner, staffIDs, at: node, what: "owner of evidence '\(source.id)'")
            if let doc = source.documentedIn, !documentIDs.contains(doc) {
                YAMLFields.report("evidence '\(source.id)' is documented in '\(doc)', which is not a document id", at: node, file: file, log: log)
            }
            if let problem = ScenarioPath.problem(with: source.file) {
                YAMLFields.report("evidence '\(source.id)': \(problem)", at: node, file: file, log: log)
            }
        }
        for (set, path, nodes) in answerSets {
            if let respondent = set.respondent, !staffIDs.contains(respondent) {
                log.error("respondent '\(respondent)' is not a staff id", file: path, line: 1, column: 1)
            }
            for id in set.responses.keys.sorted() {
                let panel = set.responses[id] ?? []
                for (k, answer) in panel.enumerated() {
                    guard let by = answer.by, !staffIDs.contains(by) else { continue }
                    let which = panel.count > 1 ? "panel answer \(k + 1) to '\(id)'" : "answer '\(id)'"
                    YAMLFields.report("\(which) is given by '\(by)', who is not a staff id", at: nodes[id], file: path, log: log)
                }
            }
            guard let bank else { continue }
            let questionIDs = Set(bank.questions.map(\.id))
            for id in set.answers.keys.sorted() where !questionIDs.contains(id) {
                YAMLFields.report("'\(id)' is not a question in bank '\(bank.id)'", at: nodes[id], file: path, log: log)
            }
        }
        checkSoA(soa)
    }

    private func checkSoA(_ soa: [(SoAEntry, Node)]) {
        guard let bank else { return }
        for (entry, node) in soa {
            guard let control = bank.control(entry.control) else {
                YAMLFields.report("SoA entry for '\(entry.control)', which is not in bank '\(bank.id)'", at: node, file: file, log: log)
                continue
            }
            if control.kind != .control {
                YAMLFields.report("SoA entry for '\(entry.control)', a requirement clause rather than a control", at: node, file: file, log: log)
            }
        }
        let listed = Set(soa.map(\.0.control))
        let missing = bank.soaControls.map(\.id).filter { !listed.contains($0) }
        if !missing.isEmpty {
            // A warning, not an error: an incomplete SoA is a finding the Stage 1 review raises.
            log.append(Diagnostic(file: file, severity: .warning,
                                  message: "the SoA omits \(missing.count) control(s) of '\(bank.id)': \(ScenarioChecks.list(missing)); Stage 1 will raise this"))
        }
    }

    static func list(_ ids: [ControlID]) -> String {
        ids.count <= 8 ? ids.map(\.rawValue).joined(separator: ", ")
            : ids.prefix(8).map(\.rawValue).joined(separator: ", ") + " and \(ids.count - 8) more"
    }

    /// A declared fact a question is held against must read as that question's kind: a
    /// document saying `access-review-frequency: every 9223372036854775807 weeks` would
    /// otherwise be silently unusable at the audit.
    private func declaredFacts(_ documents: [(Document, Node)]) {
        guard let bank else { return }
        var kinds: [String: AnswerKind] = [:]
        for q in bank.questions { if case let .declared(key, _)? = q.compare { kinds[key] = q.answer } }
        for (document, node) in documents {
            for (key, text) in document.facts.sorted(by: { $0.key < $1.key }) {
                guard let kind = kinds[key] else { continue }
                let at = ScenarioChecks.child(node, "facts").flatMap { ScenarioChecks.child($0, key) } ?? node
                let problem: String?
                switch kind {
                case .frequency:
                    if case let .failure(p) = Frequency.parse(token: text) { problem = p.message(for: text) } else { problem = nil }
                case .duration:
                    problem = YAMLFields.parseHours(text) == nil ? "'\(text)' must be a duration such as 24h, 3d, 2w or 30m, at most 100 years" : nil
                case .date:
                    problem = Day(iso: text) == nil ? "'\(text)' must be a date written YYYY-MM-DD" : nil
                case .number, .percent:
                    let number = Double(text.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces))
                    problem = number.map { $0.isFinite && abs($0) <= 1e12 } == true ? nil : "'\(text)' must be a number"
                default: problem = nil
                }
                if let problem {
                    YAMLFields.report("document '\(document.id)', fact '\(key)': \(problem)", at: at, file: file, log: log)
                }
            }
        }
    }

    /// An id or name that is empty or only spaces names nothing a person could type.
    private func nonEmpty(_ items: [(String, Node)], _ what: String) {
        for (text, node) in items where text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            YAMLFields.report("\(what) is empty", at: node, file: file, log: log)
        }
    }

    /// Ids that differ only by case or by a letter from another script that looks the same
    /// ("bob", "Bob", "bоb" with a Cyrillic о) would be told apart by auditsim but not by a reader.
    private func distinguishable(_ items: [(String, Node)], _ what: String) {
        var seen: [String: String] = [:]
        for (id, node) in items {
            let key = ScenarioChecks.skeleton(id)
            if let other = seen[key], other != id {
                let how = other.lowercased() == id.lowercased() ? "only by case" : "only by letters that look alike"
                YAMLFields.report("\(what) '\(id)' differs from '\(other)' \(how); give them distinct ids", at: node, file: file, log: log)
            } else if seen[key] == nil {
                seen[key] = id
            }
        }
    }

    /// Two people with the same display name load (they are different people) but are
    /// hard to tell apart at the REPL, so `--as` refuses the name and asks for the id.
    private func sameNames(_ staff: [(StaffMember, Node)]) {
        var seen: [String: String] = [:]
        for (member, node) in staff {
            let key = member.name.lowercased().trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else { continue }
            if let other = seen[key] {
                let mark = node.mark
                log.append(Diagnostic(file: file, line: mark?.line, column: mark?.column, severity: .warning,
                                      message: "staff '\(member.id)' has the same name as '\(other)' (\(member.name)); they are told apart by id"))
            } else {
                seen[key] = member.id
            }
        }
    }

    /// Lowercased, with letters from Cyrillic and Greek that look like Latin ones mapped to
    /// them, and compatibility forms (ﬁ, full-width) decomposed.
    static func skeleton(_ id: String) -> String {
        let folded = id.decomposedStringWithCompatibilityMapping.lowercased()
        return String(folded.compactMap { c -> Character? in
            if c.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) { return nil }
            return confusables[c] ?? c
        })
    }

    /// Built once: `skeleton` runs for every staff, document and evidence id.
    private static let confusables: [Character: Character] = [
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
        "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "к": "k", "м": "m", "т": "t", "в": "b", "н": "h",
        "α": "a", "ο": "o", "ρ": "p", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "τ": "t", "υ": "u", "χ": "x",
        "ı": "i", "ℓ": "l",
    ]

    /// The value of `key` in the mapping `node`, to point a message at it.
    static func child(_ node: Node, _ key: String) -> Node? {
        guard case let .mapping(mapping) = node else { return nil }
        return mapping.first { $0.key.scalar?.string == key }?.value
    }

    private func unique(_ items: [(String, Node)], _ what: String) {
        QuestionBankLoader.checkUnique(items, what: what, file: file, log: log)
    }

    private func person(_ id: String?, _ staff: Set<String>, at node: Node, what: String) {
        guard let id, !staff.contains(id) else { return }
        YAMLFields.report("\(what) is '\(id)', who is not in staff", at: node, file: file, log: log)
    }

    private func controls(_ ids: [ControlID], at node: Node, what: String) {
        guard let bank else { return }
        for id in ids where bank.control(id) == nil {
            YAMLFields.report("\(what) '\(id)', which is not in bank '\(bank.id)'", at: node, file: file, log: log)
        }
    }
}

/// Paths a scenario mentions must stay inside its folder.
enum ScenarioPath {
    static func problem(with path: String) -> String? {
        if path.hasPrefix("/") || path.hasPrefix("~") { return "path '\(path)' is absolute; paths are relative to the scenario folder" }
        if path.split(separator: "/").contains("..") { return "path '\(path)' leaves the scenario folder" }
        return nil
    }
}
