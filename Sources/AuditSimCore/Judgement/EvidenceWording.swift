import Foundation

/// The sentences a finding about one evidence source is written in. Kept apart from the
/// rules that decide, so a reader finds the judgement in `EvidenceTests` and `Proportion`
/// and the words here.
struct EvidenceWording {
    let facts: EvidenceFacts

    private var what: String { facts.source.title }

    var emptyLog: String {
        "\(what) holds nothing between \(facts.period.start) and \(facts.asOf). For a log of events that can be true; the auditor will ask how you know the log is complete."
    }

    func paperControl(due: Int) -> String {
        let frequency = facts.source.frequency?.description ?? "on its schedule"
        return "\(what) has no occurrence between \(facts.period.start) and \(facts.asOf), though \(due) \(due == 1 ? "was" : "were") due (\(frequency)): the control is documented but there is no evidence it operated."
    }

    func missed(_ coverage: ScheduleCoverage) -> String {
        let covered = coverage.expected.count - coverage.missed.count
        let percent = EvidenceWording.percent(covered, of: coverage.expected.count)
        let per = facts.source.subject == nil ? "" : " (each \(facts.source.subject!.lowercased()) on its own schedule)"
        let gaps = coverage.missed.map { due in coverage.doneLate[due].map { "\(due.name) (done late, on \($0))" } ?? due.name }
        var text = "\(what) shows \(covered) of \(coverage.expected.count) expected occurrences on time\(per) (\(percent) %); none for \(EvidenceWording.list(gaps))."
        if !facts.notOccurrences.isEmpty { text += " " + notOccurrences }
        return text
    }

    /// "28 other rows are not occurrences (Status: Won't Do 19, To Do 9)."
    var notOccurrences: String {
        let rows = facts.notOccurrences
        guard let column = facts.source.countsWhen.first?.column else { return "" }
        var counts: [String: Int] = [:]
        for r in rows { counts[statusOf(r, column), default: 0] += 1 }
        let breakdown = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key.isEmpty ? "blank" : $0.key) \($0.value)" }
        let rule = facts.source.countsWhen.map(\.phrase).joined(separator: " and ")
        return "\(rows.count) other row\(rows.count == 1 ? " does" : "s do") not count as occurrences (only rows where \(rule) do; \(column): \(breakdown.joined(separator: ", ")))."
    }

    var notOccurrencesCitation: [Citation] {
        facts.notOccurrences.prefix(5).map { Citation(kind: .record, reference: $0.id, detail: "not an occurrence") }
    }

    private func statusOf(_ record: EvidenceRecord, _ column: String) -> String {
        guard let i = facts.columns.firstIndex(of: column), let value = record.field(i) else { return "" }
        return value.trimmedCell
    }

    func drift(_ cadence: Frequency, _ documented: Frequency) -> String {
        "\(what) happens about \(cadence) in practice (median gap \(Int(facts.medianGapDays ?? 0)) days over \(facts.occurrences.count) occurrences), not \(documented) as documented."
    }

    func failures(_ failed: Int, tested: Int, extended: Int, total: Int, byTest: [String: Int]) -> String {
        let percent = EvidenceWording.percent(failed, of: total)
        // Name only the tests that failed, each with how many records failed it.
        let tests = facts.source.tests.compactMap { t in byTest[t.id].map { "\(t.description) (\($0))" } }.joined(separator: "; ")
        switch facts.source.testing {
        case .population:
            let all = facts.population.count
            let scope = total < all ? "Every record the tests apply to (\(total) of the \(all) in the period) was tested"
                : "Every record in the export was tested"
            return "\(failed) of \(total) records (\(percent) %) fail: \(tests). \(scope), so this is a count, not an estimate."
        case .sample where extended > 0:
            return "A failure in the planned sample of \(tested) led the auditor to extend it by \(extended) to \(total) records; \(failed) of \(total) (\(percent) %) fail: \(tests)."
        case .sample:
            return "\(failed) of \(total) sampled records (\(percent) %) fail: \(tests)."
        }
    }

    func outside(_ count: Int, chance: Double, size: Int) -> String {
        "The sample passed, but \(count) of \(facts.testedCount) records outside it fail. A certification auditor's sample of \(size) would catch at least one with probability \(Int((chance * 100).rounded())) %."
    }

    func late(_ timing: Timing) -> String {
        let name = timing.rule.description ?? "Time from \(timing.rule.from) to \(timing.rule.to)"
        var text = "\(name): \(timing.late.count) of \(timing.measured) items exceeded their limit"
        if !timing.tiers.isEmpty {
            let tiers = timing.tiers.filter { $0.measured > 0 }.map { "\($0.category) \($0.late) of \($0.measured) late (limit \($0.limit))" }
            text += " (" + tiers.joined(separator: "; ") + ")"
        } else if let limit = timing.rule.limit.span {
            text += " of \(limit)"
        }
        if let worst = timing.late.compactMap(\.hours).max() { text += "; the longest took \(EvidenceWording.hours(worst))" }
        let open = timing.late.filter { $0.hours == nil }.count
        if open > 0 { text += "; \(open) still open past the limit" }
        if timing.openWithin > 0 { text += "; \(timing.openWithin) open but still inside the limit (not late)" }
        return text + "."
    }

    func completion(_ done: Int, _ population: Int) -> String {
        guard let notYet = facts.completionNotYetDue else {
            return "\(done) of \(population) (\(EvidenceWording.percent(done, of: population)) %) have a record in \(what)."
        }
        let waiting = notYet == 0 ? "" : notYet == 1 ? " (1 more is not yet due)" : " (\(notYet) more are not yet due)"
        return "\(done) of the \(population) people with assignments due (\(EvidenceWording.percent(done, of: population)) %) have completed them in \(what)\(waiting)."
    }

    var handled: String {
        let pairs = facts.handled.map { "\($0.failed) was re-run successfully as \($0.rerun)" }
        return "Handled exception\(pairs.count == 1 ? "" : "s"), not counted as failures: \(EvidenceWording.list(pairs))."
    }

    func cite(late: Timing.Late) -> Citation {
        let taken = late.hours.map { EvidenceWording.hours($0) } ?? "still open"
        let tier = late.category.map { "\($0), " } ?? ""
        return Citation(kind: .record, reference: late.id, detail: "\(tier)\(taken) against \(late.limit)")
    }

    func cite(failure id: String, tests: [String]) -> Citation {
        let names = Dictionary(facts.source.tests.map { ($0.id, $0.description) }, uniquingKeysWith: { a, _ in a })
        return Citation(kind: .record, reference: id, detail: "fails: " + tests.map { names[$0] ?? $0 }.joined(separator: "; "))
    }

    /// "7", "0.4": a share that rounds to 0 or 100 but is not is shown with a decimal, so
    /// 3 of 702 does not read as "0 %".
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0" }
        let value = Double(part) / Double(whole) * 100
        let rounded = value.rounded()
        if (rounded == 0 && part > 0) || (rounded == 100 && part < whole) { return String(format: "%.1f", value) }
        return String(Int(rounded))
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case ...6: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        default: return items.prefix(5).joined(separator: ", ") + " and \(items.count - 5) more"
        }
    }

    /// "36 hours", "3.5 days".
    static func hours(_ h: Double) -> String {
        let months = h / 730.5
        if months >= 2, abs(months - months.rounded()) < 0.02 { return "\(Int(months.rounded())) months" }  // "13 months", not "395.7 days"
        if h >= 48 { let d = h / 24; return d == d.rounded() ? "\(Int(d)) days" : String(format: "%.1f days", d) }
        if h < 1 {  // "15 minutes", not "0.2 hours"
            let m = Int((h * 60).rounded())
            return m == 1 ? "1 minute" : "\(m) minutes"
        }
        if h == 1 { return "1 hour" }
        return h == h.rounded() ? "\(Int(h)) hours" : String(format: "%.1f hours", h)
    }
}
