import Foundation

/// Writes a synthetic but realistic scenario of any size: staff owning every control of the
/// bank, every mandatory document, a full SoA, twelve evidence exports totalling the requested
/// rows over a year of operation, and a `prepared` answer set. The same seed always writes
/// the same files, so benchmarks and demos are reproducible.
public struct ScenarioGenerator: Sendable {
    public struct Summary: Sendable {
        public var directory: URL
        /// Evidence file (relative to the scenario) and its row count, in write order.
        public var files: [(file: String, rows: Int)]
        public var answers: Int
    }

    public static let personsRange = 11...40_000
    public static let rowsRange = 1_000...50_000_000

    public var persons: Int
    public var rows: Int
    public var seed: UInt64

    /// The audit date is fixed so a seed means the same files next year too.
    static let auditDate = Day(year: 2026, month: 11, day: 16)!
    static let operatingSince = Day(year: 2025, month: 11, day: 17)!

    static let organisations: [(name: String, sector: String, domain: String)] = [
        ("Northwind Logistics Software Ltd", "Freight management SaaS", "northwind.example"),
        ("Kestrel Payments Ltd", "Payment processing for small retailers", "kestrelpay.example"),
        ("Bramble Health Systems Ltd", "Clinic scheduling and records software", "bramblehealth.example"),
        ("Tidewater Analytics Ltd", "Marketing analytics platform", "tidewater.example"),
        ("Copperleaf Insurance Services Ltd", "Insurance broking platform", "copperleaf.example"),
    ]

    public init(persons: Int, rows: Int, seed: UInt64 = 2022) throws(GenerationError) {
        guard ScenarioGenerator.personsRange.contains(persons) else {
            throw .badSize("--persons must be between \(Self.personsRange.lowerBound) and \(Self.personsRange.upperBound), not \(persons)")
        }
        guard ScenarioGenerator.rowsRange.contains(rows) else {
            throw .badSize("--rows must be between \(Self.rowsRange.lowerBound) and \(Self.rowsRange.upperBound), not \(rows)")
        }
        self.persons = persons
        self.rows = rows
        self.seed = seed
    }

    /// Writes the scenario into `directory`. A folder holding anything is refused unless
    /// `force`; then only what the generator writes (scenario.yaml, evidence/, answers/) is replaced.
    public func write(to directory: URL, bank: QuestionBank, force: Bool = false) throws -> Summary {
        try prepare(directory, force: force)
        var random = GeneratorRandom(seed: seed)
        let org = ScenarioGenerator.organisations[Int(seed % UInt64(ScenarioGenerator.organisations.count))]
        let people = GeneratedPeople(count: persons, domain: org.domain, random: &random)
        let staffID = { (role: String) in GeneratedPeople.staffID(people.holder(role)) }

        var context = RowContext(random: random, people: people, start: Self.operatingSince, end: Self.auditDate.adding(days: -1))
        var files: [(String, Int)] = []
        for (recipe, count) in zip(EvidenceRecipe.all, EvidenceRecipe.allocate(rows)) {
            var out = try CSVOutput(url: directory.appendingPathComponent(recipe.file), header: recipe.header)
            EvidenceRows.write(recipe, count: count, to: &out, &context)
            try out.close()
            files.append((recipe.file, count))
        }

        let documents = GeneratedDocuments(
            year: 2026, internalAudit: Day(year: 2026, month: 9, day: 23)!, managementReview: Day(year: 2026, month: 10, day: 14)!,
            riskAssessment: Day(year: 2026, month: 2, day: 20)!, metrics: Day(year: 2026, month: 10, day: 7)!,
            treated: EvidenceRecipe.all.flatMap(\.controls).map { ControlID($0) },
            bankKeys: bank.questions.compactMap { q in
                if case let .declared(key, _)? = q.compare { (key, q.answer) } else { nil }
            })
        var lines = header(org, people: people)
        lines += staff(people, controls: bank.soaControls.map(\.id))
        lines += documents.yaml(year: 2026, staff: staffID)
        lines += soa(bank)
        lines.append("evidence:")
        lines += EvidenceRecipe.all.flatMap { $0.yaml() }
        try write(lines.joined(separator: "\n") + "\n", to: directory.appendingPathComponent("scenario.yaml"))

        // The answers quote the records, so they are written from the scenario as loaded.
        let scenario = try ScenarioLoader.load(directory, bank: bank)
        let tables = try EvidenceLoader.loadAll(scenario)
        try write(PreparedAnswers.yaml(scenario: scenario, bank: bank, tables: tables),
                  to: directory.appendingPathComponent("answers/prepared.yaml"))
        return Summary(directory: directory, files: files, answers: bank.questions.count)
    }

    private func prepare(_ directory: URL, force: Bool) throws {
        let fm = FileManager.default
        let existing = (try? fm.contentsOfDirectory(atPath: directory.path)) ?? []
        if !existing.isEmpty {
            guard force else { throw GenerationError.notEmpty(directory.path) }
            for name in ["scenario.yaml", "evidence", "answers", "expected-findings.yaml"] where existing.contains(name) {
                try fm.removeItem(at: directory.appendingPathComponent(name))
            }
        }
        do {
            for sub in ["evidence", "answers"] {
                try fm.createDirectory(at: directory.appendingPathComponent(sub), withIntermediateDirectories: true)
            }
        } catch {
            throw GenerationError.cannotWrite(directory.path)
        }
    }

    private func write(_ text: String, to url: URL) throws {
        do { try Data(text.utf8).write(to: url) } catch { throw GenerationError.cannotWrite(url.path) }
    }

    private func header(_ org: (name: String, sector: String, domain: String), people: GeneratedPeople) -> [String] {
        [
            "# Generated by `auditsim generate --persons \(persons) --rows \(rows) --seed \(seed)`.",
            "# A synthetic organisation; regenerate rather than edit.",
            "organisation:",
            "  name: \(YAMLText.scalar(org.name))",
            "  sector: \(YAMLText.scalar(org.sector))",
            "  persons-in-scope: \(persons)",
            "  scope: \(YAMLText.quoted("Development, operation and support of the \(org.name) platform, hosted in AWS eu-west-2, by the staff of the Leeds and Gdansk offices."))",
            "  audit-date: \(Self.auditDate)",
            "  operating-since: \(Self.operatingSince)",
            "  date-order: day-first",
            "bank: iso27001-2022",
        ]
    }

    private func staff(_ people: GeneratedPeople, controls: [ControlID]) -> [String] {
        let owned = GeneratedPeople.owners(of: controls)
        var lines = ["staff:"]
        for role in GeneratedPeople.roles {
            let person = people.holder(role.id)
            lines += [
                "- id: \(GeneratedPeople.staffID(person))", "  name: \(YAMLText.scalar(person.name))",
                "  role: \(YAMLText.scalar(role.title))", "  aliases: \(YAMLText.list(role.aliases))",
                "  top-management: \(role.topManagement)",
                "  owns: \(YAMLText.list((owned[role.id] ?? []).map(\.rawValue)))",
            ]
        }
        return lines
    }

    private func soa(_ bank: QuestionBank) -> [String] {
        var lines = ["soa:"]
        for control in bank.soaControls {
            lines += [
                "- control: \(control.id.rawValue)", "  applicable: true",
                "  justification: \(YAMLText.quoted("Addresses risks in the risk assessment for \(control.title.lowercased())."))",
                "  implemented: 'yes'",
            ]
        }
        return lines
    }
}
