import Foundation
import Yams

/// Loads a scenario folder: `scenario.yaml` and `answers/*.yaml`. Evidence CSVs are read
/// separately (`EvidenceLoader`), since only some commands need the records.
public enum ScenarioLoader {
    static let topKeys = ["organisation", "bank", "policy", "staff", "documents", "soa", "evidence", "vocabulary"]

    public static func load(_ directory: URL, bank: QuestionBank? = nil) throws(LoadError) -> Scenario {
        let log = DiagnosticLog()
        let scenario = load(directory, bank: bank, log: log)
        guard let scenario, !log.hasErrors else { throw LoadError(log.diagnostics) }
        return scenario
    }

    /// Loads the scenario and the bank `find` returns for its bank id, reading its YAML once.
    /// The diagnostics are those of loading it without a bank and then, if that had no errors,
    /// with the bank: the bank's checks are only reported for an otherwise sound scenario.
    /// The bank is nil when `find` finds none.
    public static func load(_ directory: URL, findingBank find: (String) -> QuestionBank?)
        throws(LoadError) -> (scenario: Scenario, bank: QuestionBank?)
    {
        let reading = DiagnosticLog()
        guard let draft = read(directory, log: reading) else { throw LoadError(reading.diagnostics) }
        func checked(_ bank: QuestionBank?) -> DiagnosticLog {
            let log = DiagnosticLog()
            reading.diagnostics.forEach(log.append)
            draft.check(bank, log: log)
            return log
        }
        let bank = reading.hasErrors ? nil : find(draft.scenario.bankID)
        let log = checked(bank)
        guard log.hasErrors else { return (draft.scenario, bank) }
        // Only on failure: the checks without the bank decide which errors are reported.
        let bankless = bank == nil ? log : checked(nil)
        throw LoadError(bankless.hasErrors ? bankless.diagnostics : log.diagnostics)
    }

    static func load(_ directory: URL, bank: QuestionBank?, log: DiagnosticLog) -> Scenario? {
        guard let draft = read(directory, log: log) else { return nil }
        draft.check(bank, log: log)
        return draft.scenario
    }

    /// Reads the files without the checks that need the bank.
    private static func read(_ directory: URL, log: DiagnosticLog) -> ScenarioDraft? {
        let file = directory.appendingPathComponent("scenario.yaml")
        let path = DisplayPath.of(file)
        guard FileManager.default.fileExists(atPath: file.path) else {
            log.error("no scenario.yaml: a scenario folder needs one", file: DisplayPath.of(directory))
            return nil
        }
        guard let root = YAMLDocument.load(file, displayPath: path, log: log),
              let f = YAMLFields(root, file: path, log: log, what: "scenario.yaml", allowed: topKeys) else { return nil }
        let organisation = f.value("organisation").flatMap { readOrganisation($0, file: path, log: log) }
        if !f.has("organisation") { f.error("missing required key 'organisation'") }
        let bankID = f.string("bank", required: true)
        let policy = f.value("policy").flatMap { PolicyReader.read($0, file: path, log: log) } ?? AuditPolicy()
        let staff = f.list("staff", required: true) { node in readStaff(node, file: path, log: log).map { ($0, node) } }
        let documents = f.list("documents", required: true) { node in
            DocumentReader.read(node, file: path, log: log).map { ($0, node) }
        }
        let soa = f.list("soa", required: true) { node in readSoA(node, file: path, log: log).map { ($0, node) } }
        let evidence = f.list("evidence") { node in
            EvidenceSourceReader.read(node, file: path, log: log).map { ($0, node) }
        }
        let answerSets = AnswerSetLoader.loadAll(directory.appendingPathComponent("answers"), log: log)
        // With a broken organisation block the other checks still run, against a stand-in,
        // so one pass reports every problem (the public `load` throws them all).
        let stand = Organisation(name: "", sector: "", personsInScope: 1, scope: "", auditDate: Day(ordinal: Int.max / 2),
                                 operatingSince: Day(ordinal: 0))
        var scenario = Scenario(
            directory: directory, name: directory.lastPathComponent, organisation: organisation ?? stand,
            bankID: bankID ?? "",
            policy: policy, staff: staff.map(\.0), documents: documents.map(\.0), soa: soa.map(\.0),
            evidence: evidence.map(\.0), answerSets: answerSets.map(\.0))
        // The scenario's own words: its tools, systems and suppliers as instances of concepts.
        for (term, concepts) in f.list("vocabulary", { readVocabulary($0, file: path, log: log) }) {
            scenario.vocabulary[term.lowercased(), default: []] += concepts
        }
        return ScenarioDraft(scenario: scenario, file: path, staff: staff, documents: documents, soa: soa,
                             evidence: evidence, answerSets: answerSets)
    }

    /// `- term: Egress` / `is: [encrypted transfer, approved tools]`.
    static func readVocabulary(_ node: Node, file: String, log: DiagnosticLog) -> (String, [String])? {
        guard let f = YAMLFields(node, file: file, log: log, what: "a vocabulary entry", allowed: ["term", "is"]),
              let term = f.string("term", required: true) else { return nil }
        let concepts = f.strings("is", required: true)
        return concepts.isEmpty ? nil : (term, concepts)
    }

    static func readOrganisation(_ node: Node, file: String, log: DiagnosticLog) -> Organisation? {
        guard let f = YAMLFields(node, file: file, log: log, what: "'organisation'", allowed: [
            "name", "sector", "persons-in-scope", "scope", "audit-date", "operating-since", "date-order",
            "time-zone", "sites", "simple-roles", "holidays",
        ]) else { return nil }
        let name = f.string("name", required: true)
        let sector = f.string("sector") ?? ""
        let persons = f.int("persons-in-scope", required: true, range: 1...1_000_000)
        let scope = f.string("scope", required: true)
        let auditDate = f.day("audit-date", required: true)
        let since = f.day("operating-since", required: true)
        let order = f.enumeration("date-order", DateOrder.self) ?? .dayFirst
        let zone = f.string("time-zone")
        if let zone, TimeZone(identifier: zone) == nil {
            f.error("'\(zone)' is not a time zone name (use an IANA name such as Europe/London or UTC)", at: f.value("time-zone"))
        }
        if let auditDate, let since, since > auditDate {
            f.error("'operating-since' (\(since)) is after 'audit-date' (\(auditDate))", at: f.value("operating-since"))
        } else if let auditDate, let since, since.days(until: auditDate) > Frequency.longestInterval {
            f.error("the ISMS operating period from \(since) to \(auditDate) is longer than the hundred years auditsim reads",
                    at: f.value("operating-since"))
        }
        let groups = f.list("simple-roles") { readSimpleRoles($0, file: file, log: log) }
        if let persons, groups.reduce(0, { $0 + $1.persons }) > persons {
            f.error("'simple-roles' count more persons than 'persons-in-scope' (\(persons))", at: f.value("simple-roles"))
        }
        guard let name, let persons, let scope, let auditDate, let since else { return nil }
        var organisation = Organisation(name: name, sector: sector, personsInScope: persons, scope: scope, auditDate: auditDate,
                                        operatingSince: since, dateOrder: order, timeZone: zone)
        (organisation.sites, organisation.siteCalendars) = readSites(f, years: (since.year - 1)...(auditDate.year + 1), file: file, log: log)
        organisation.simpleRoleGroups = groups
        organisation.holidays = readHolidays(f, years: (since.year - 1)...(auditDate.year + 1), zone: zone)
        return organisation
    }

    /// `sites:` names the sites; a site written as a mapping keeps its own clock and holidays:
    /// `{ name: Charlotte, time-zone: America/New_York, holidays: [2026-07-03], aliases: [CLT] }`.
    static func readSites(_ f: YAMLFields, years: ClosedRange<Int>, file: String, log: DiagnosticLog)
        -> ([String], [String: Organisation.SiteCalendar]) {
        var names: [String] = [], calendars: [String: Organisation.SiteCalendar] = [:]
        _ = f.list("sites") { node -> Void? in
            if let name = node.scalar?.string { names.append(name); return () }
            guard let s = YAMLFields(node, file: file, log: log, what: "a site", allowed: ["name", "time-zone", "holidays", "aliases"]),
                  let name = s.string("name", required: true) else { return nil }
            let zone = s.string("time-zone")
            if let zone, TimeZone(identifier: zone) == nil {
                s.error("'\(zone)' is not a time zone name (use an IANA name such as America/New_York)", at: s.value("time-zone"))
            }
            let calendar = Organisation.SiteCalendar(site: name, timeZone: zone, holidays: readHolidays(s, years: years, zone: zone))
            names.append(name)
            for key in [name] + s.strings("aliases") {
                let normalised = CellText.normalised(key)
                if let other = calendars[normalised], other.site != name {
                    s.error("'\(key)' names both '\(other.site)' and '\(name)'", at: node)
                }
                calendars[normalised] = calendar
            }
            return ()
        }
        return (names, calendars)
    }

    /// `holidays:` lists dates and calendar names; without the key, the calendar the time
    /// zone implies (Europe/London: England and Wales), and `holidays: []` for none.
    static func readHolidays(_ f: YAMLFields, years: ClosedRange<Int>, zone: String?) -> Set<Day> {
        guard f.value("holidays") != nil else {
            guard let calendar = HolidayCalendar.implied(byZone: zone) else { return [] }
            return Set(years.flatMap(calendar.days(in:)))
        }
        var days = Set<Day>()
        let names = HolidayCalendar.allCases.map(\.rawValue).joined(separator: ", ")
        _ = f.list("holidays") { node -> Void? in
            guard let text = node.scalar?.string else {
                f.error("items of 'holidays' must be dates written YYYY-MM-DD or calendar names (\(names))", at: node)
                return nil
            }
            if let day = Day(iso: text) {
                days.insert(day)
            } else if let calendar = HolidayCalendar(rawValue: text) {
                days.formUnion(years.flatMap(calendar.days(in:)))
            } else {
                f.error("'\(text)' in 'holidays' is neither a date written YYYY-MM-DD nor a calendar (\(names))", at: node)
            }
            return ()
        }
        return days
    }

    /// One group of identical simple roles: `{ role: warehouse pickers, persons: 400 }`.
    static func readSimpleRoles(_ node: Node, file: String, log: DiagnosticLog) -> Organisation.SimpleRoleGroup? {
        guard let f = YAMLFields(node, file: file, log: log, what: "a simple-roles group", allowed: ["role", "persons"]) else { return nil }
        let role = f.string("role", required: true), persons = f.int("persons", required: true, range: 1...1_000_000)
        guard let role, let persons else { return nil }
        return Organisation.SimpleRoleGroup(role: role, persons: persons)
    }

    static func readStaff(_ node: Node, file: String, log: DiagnosticLog) -> StaffMember? {
        guard let f = YAMLFields(node, file: file, log: log, what: "a staff member", allowed: [
            "id", "name", "role", "aliases", "top-management", "owns",
        ]) else { return nil }
        let id = f.string("id", required: true), name = f.string("name", required: true)
        let role = f.string("role", required: true)
        let top = f.bool("top-management") ?? false
        guard let id, let name, let role else { return nil }
        return StaffMember(id: id, name: name, role: role, aliases: f.strings("aliases"), topManagement: top,
                           owns: f.strings("owns").map { ControlID($0) })
    }

    static func readSoA(_ node: Node, file: String, log: DiagnosticLog) -> SoAEntry? {
        guard let f = YAMLFields(node, file: file, log: log, what: "a SoA entry", allowed: [
            "control", "applicable", "justification", "implemented",
        ]) else { return nil }
        let control = f.string("control", required: true)
        let applicable = f.bool("applicable", required: true)
        let implemented = f.enumeration("implemented", SoAEntry.Implementation.self, required: true)
        guard let control, let applicable, let implemented else { return nil }
        return SoAEntry(control: ControlID(control), applicable: applicable,
                        justification: f.string("justification") ?? "", implemented: implemented)
    }
}

/// Reads `policy:` overrides of the grading defaults.
enum PolicyReader {
    static func read(_ node: Node, file: String, log: DiagnosticLog) -> AuditPolicy? {
        guard let f = YAMLFields(node, file: file, log: log, what: "'policy'", allowed: AuditPolicy.keys) else { return nil }
        var policy = AuditPolicy()
        if let v = f.int("minimum-operating-days", range: 0...3650) { policy.minimumOperatingDays = v }
        if let v = f.int("minor-deadline-days", range: 1...3650) { policy.minorDeadlineDays = v }
        if let v = f.int("systemic-minor-count", range: 2...100) { policy.systemicMinorCount = v }
        if let v = f.int("seed", range: 0...Int.max) { policy.seed = UInt64(v) }
        if let v = f.int("plan-due-days", range: 1...365) { policy.planDueDays = v }
        if let v = f.int("major-verification-months", range: 1...24) { policy.majorVerificationMonths = v }
        if let v = f.int("certification-decision-days", range: 0...365) { policy.certificationDecisionDays = v }
        if let v = f.int("surveillance-interval-months", range: 1...12) { policy.surveillanceIntervalMonths = v }
        if let v = ratio("low-coverage-ratio", in: f) { policy.lowCoverageRatio = v }
        if let v = ratio("sample-failure-major-ratio", in: f) { policy.sampleFailureMajorRatio = v }
        if let v = ratio("major-late-ratio", in: f) { policy.majorLateRatio = v }
        if let v = ratio("isolated-late-margin", in: f) { policy.isolatedLateMargin = v }
        if let v = ratio("major-completion-ratio", in: f) { policy.majorCompletionRatio = v }
        if let v = ratio("awareness-pattern-ratio", in: f) { policy.awarenessPatternRatio = v }
        if let v = f.int("minimum-rate-sample", range: 1...10_000) { policy.minimumRateSample = v }
        if let v = f.int("sample-extension-factor", range: 1...10) { policy.sampleExtensionFactor = v }
        if let v = f.int("awareness-pattern-count", range: 1...1000) { policy.awarenessPatternCount = v }
        if let v = f.double("completion-target") {
            if (0...100).contains(v) { policy.completionTarget = v } else {
                f.error("'completion-target' is a percentage between 0 and 100", at: f.value("completion-target"))
            }
        }
        for (key, value, node) in f.dictionary("sample-sizes") {
            guard let label = Frequency(token: key)?.label ?? Frequency.Label(rawValue: key) else {
                f.error("'\(key)' is not a frequency", at: node)
                continue
            }
            guard let size = Int(value), size > 0 else {
                f.error("sample size for '\(key)' must be a positive whole number", at: node)
                continue
            }
            policy.sampleSizes[label] = size
        }
        return policy
    }

    /// A share between 0 and 1, reported at its value otherwise.
    private static func ratio(_ key: String, in f: YAMLFields) -> Double? {
        guard let v = f.double(key) else { return nil }
        guard (0...1).contains(v) else {
            f.error("'\(key)' must be between 0 and 1", at: f.value(key))
            return nil
        }
        return v
    }
}

/// A scenario as read, with the YAML nodes its cross-reference checks point at.
private struct ScenarioDraft {
    var scenario: Scenario
    let file: String
    let staff: [(StaffMember, Node)]
    let documents: [(Document, Node)]
    let soa: [(SoAEntry, Node)]
    let evidence: [(EvidenceSource, Node)]
    let answerSets: [(AnswerSet, file: String, nodes: [String: Node])]

    func check(_ bank: QuestionBank?, log: DiagnosticLog) {
        ScenarioChecks(scenario: scenario, bank: bank, file: file, log: log)
            .run(staff: staff, documents: documents, soa: soa, evidence: evidence, answerSets: answerSets)
    }
}
