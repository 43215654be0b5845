/// An export of records that shows a control operating: the "recorded" source.
public struct EvidenceSource: Sendable, Hashable {
    public var id: String
    public var kind: String
    public var title: String
    public var system: String?
    public var controls: [ControlID]
    public var owner: String?
    /// Relative to the scenario folder.
    public var file: String
    public var idColumn: String
    public var dateColumn: String
    public var dateFormat: DateFormat
    public var actorColumn: String?
    public var approverColumn: String?
    /// What the documents say; nil when no frequency is documented.
    public var frequency: Frequency?
    public var documentedIn: String?
    public var timeliness: Timeliness?
    public var completion: Completion?
    public var tests: [AttributeTest]

    public init(
        id: String, kind: String, title: String, system: String? = nil, controls: [ControlID],
        owner: String? = nil, file: String, idColumn: String, dateColumn: String,
        dateFormat: DateFormat = .iso, actorColumn: String? = nil, approverColumn: String? = nil,
        frequency: Frequency? = nil, documentedIn: String? = nil, timeliness: Timeliness? = nil,
        completion: Completion? = nil, tests: [AttributeTest] = []
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.system = system
        self.controls = controls
        self.owner = owner
        self.file = file
        self.idColumn = idColumn
        self.dateColumn = dateColumn
        self.dateFormat = dateFormat
        self.actorColumn = actorColumn
        self.approverColumn = approverColumn
        self.frequency = frequency
        self.documentedIn = documentedIn
        self.timeliness = timeliness
        self.completion = completion
        self.tests = tests
    }

    /// Every column the source declares, for checking the CSV header.
    /// Free-text columns (an incident's title) a question may search with `matching:`.
    public var textColumns: [String] = []

    public var declaredColumns: [String] {
        var columns = [idColumn, dateColumn] + textColumns
        columns += [actorColumn, approverColumn].compactMap { $0 }
        if let timeliness { columns += [timeliness.from, timeliness.to] }
        if let completion { columns.append(completion.column) }
        for test in tests { columns += test.columns }
        var seen = Set<String>()
        return columns.filter { seen.insert($0).inserted }
    }
}

/// The time allowed between two dated events in a record (leaving → access removed).
public struct Timeliness: Sendable, Hashable {
    public var from: String
    public var to: String
    public var withinHours: Double

    public init(from: String, to: String, withinHours: Double) {
        self.from = from
        self.to = to
        self.withinHours = withinHours
    }
}

/// Who should have a record: everyone in a population (training done by all staff).
public struct Completion: Sendable, Hashable {
    public enum Population: Sendable, Hashable {
        case personsInScope
        case count(Int)
    }

    public var column: String
    public var population: Population

    public init(column: String, population: Population) {
        self.column = column
        self.population = population
    }
}

/// A check every sampled record must pass, as an auditor ticks attributes on a test sheet.
public struct AttributeTest: Sendable, Hashable {
    public enum Rule: Sendable, Hashable {
        case present
        case equals(String)
        case oneOf([String])
        case differsFrom(column: String)
        case within(fromColumn: String, hours: Double)
    }

    /// Restricts the test to rows whose `column` holds one of `values`.
    public struct Filter: Sendable, Hashable {
        public var column: String
        public var values: [String]

        public init(column: String, values: [String]) {
            self.column = column
            self.values = values
        }
    }

    public var id: String
    public var description: String
    public var column: String
    public var rule: Rule
    public var filter: Filter?

    public init(id: String, description: String, column: String, rule: Rule, filter: Filter? = nil) {
        self.id = id
        self.description = description
        self.column = column
        self.rule = rule
        self.filter = filter
    }

    public var columns: [String] {
        var columns = [column]
        switch rule {
        case let .differsFrom(other): columns.append(other)
        case let .within(from, _): columns.append(from)
        default: break
        }
        if let filter { columns.append(filter.column) }
        return columns
    }
}
