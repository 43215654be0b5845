/// An export of records that shows a control operating: the "recorded" source. Real
/// exports are shaped by the tool that made them, so a source says how to read one as it is:
/// its own column names and date formats, which rows are occurrences of the control, whose
/// schedule they keep, and what limits apply (docs/data-format.md, "Evidence sources").
public struct EvidenceSource: Sendable, Hashable {
    public var id: String
    public var kind: String
    public var title: String
    public var system: String?
    public var controls: [ControlID]
    /// The requirement the records test, when it is not the first bound control (access
    /// reviews test A.5.18 though they are filed under A.5.15 too).
    public var requirement: ControlID?
    public var owner: String?
    /// Relative to the scenario folder.
    public var file: String
    /// The line the column names are on, when a report puts a title or filters above them.
    public var headerRow: Int
    /// The column(s) that identify a row; several when the export has no id of its own
    /// (a vendor register: the vendor and the review date). Empty: the row number.
    public var idColumns: [String]
    public var dateColumn: String
    public var dateFormat: DateFormat
    /// The time of day a date-only cell in the date column means ("the last working day"
    /// ends at 17:30), in minutes after midnight.
    public var dateTime: Int?
    /// Other date columns written differently from the date column, by column name.
    public var columnDates: [String: ColumnDate]
    public var actorColumn: String?
    public var approverColumn: String?
    /// What the documents say; nil when no frequency is documented.
    public var frequency: Frequency?
    public var documentedIn: String?
    public var shape: EvidenceShape
    /// The day the export was pulled: open items and ages are measured then.
    public var exportedOn: Day?
    /// Which rows are occurrences of the control (a ticket created by automation is not a
    /// review until someone signs it off). Empty: every row.
    public var countsWhen: [RowCondition]
    /// How rows group into occurrences (one access-review campaign is a row per system).
    public var occurrence: OccurrenceRule
    /// The column naming whose schedule a row keeps (site, supplier, person), when the
    /// documented frequency applies to each one separately.
    public var subject: String?
    /// Subjects that must each keep the schedule, when the export cannot list them all.
    public var expectedSubjects: [String]
    /// A schedule counted from each subject's own date (a contract's anniversary).
    public var anniversary: Anniversary?
    /// A failed record put right by a passing one soon after is handled, not failed.
    public var handledExceptions: HandledExceptions?
    public var timeliness: [Timeliness]
    public var completion: Completion?
    public var tests: [AttributeTest]
    public var testing: TestingMethod
    /// Free-text columns (an incident's title) a question may search with `matching:`.
    public var textColumns: [String] = []
    /// The column where each row says when its subject is next due (a register's "Next
    /// review due"): the register's own schedule, tier by tier, instead of one frequency.
    public var nextDue: String?
    /// The rows this source audits (`where:` at the source: "critical suppliers"); the rest
    /// of the export is read and checked but is no part of the population, its schedule or
    /// its tests. Nil: every row.
    public var scope: RowCondition?
    /// The column naming each row's site, whose own clock and holidays its working-day
    /// limits count by (`organisation.sites`).
    public var siteColumn: String?

    public init(
        id: String, kind: String, title: String, system: String? = nil, controls: [ControlID],
        requirement: ControlID? = nil, owner: String? = nil, file: String, headerRow: Int = 1, idColumn: String? = nil,
        idColumns: [String] = [], dateColumn: String, dateFormat: DateFormat = .iso, dateTime: Int? = nil,
        columnDates: [String: ColumnDate] = [:], actorColumn: String? = nil, approverColumn: String? = nil,
        frequency: Frequency? = nil, documentedIn: String? = nil, shape: EvidenceShape = .activities,
        exportedOn: Day? = nil, countsWhen: [RowCondition] = [], occurrence: OccurrenceRule = .automatic,
        subject: String? = nil, expectedSubjects: [String] = [], anniversary: Anniversary? = nil,
        handledExceptions: HandledExceptions? = nil, timeliness: Timeliness? = nil,
        timelinessRules: [Timeliness] = [], completion: Completion? = nil, tests: [AttributeTest] = [],
        testing: TestingMethod = .population
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.system = system
        self.controls = controls
        self.requirement = requirement
        self.owner = owner
        self.file = file
        self.headerRow = headerRow
        self.idColumns = idColumn.map { [$0] } ?? idColumns
        self.dateColumn = dateColumn
        self.dateFormat = dateFormat
        self.dateTime = dateTime
        self.columnDates = columnDates
        self.actorColumn = actorColumn
        self.approverColumn = approverColumn
        self.frequency = frequency
        self.documentedIn = documentedIn
        self.shape = shape
        self.exportedOn = exportedOn
        self.countsWhen = countsWhen
        self.occurrence = occurrence
        self.subject = subject
        self.expectedSubjects = expectedSubjects
        self.anniversary = anniversary
        self.handledExceptions = handledExceptions
        self.timeliness = (timeliness.map { [$0] } ?? []) + timelinessRules
        self.completion = completion
        self.tests = tests
        self.testing = testing
    }

    /// The first id column, named in messages.
    public var idColumn: String { idColumns.first ?? "row" }

    /// How a date column is written: its own format, else the date column's.
    public func dateFormat(of column: String) -> DateFormat { columnDates[column]?.format ?? dateFormat }

    /// The time of day a date-only cell of `column` means.
    public func dateTime(of column: String) -> Int? {
        column == dateColumn ? dateTime : columnDates[column]?.time
    }

    /// Every column holding a date: the date column, the declared others, and those the
    /// timeliness rules and tests measure between.
    public var dateColumns: [String] {
        var columns = [dateColumn] + columnDates.keys.sorted()
        for rule in timeliness { columns += [rule.from, rule.to] }
        if let due = completion?.due { columns.append(due) }
        if let from = handledExceptions?.from { columns.append(from) }
        if let nextDue { columns.append(nextDue) }
        for test in tests {
            switch test.rule {
            case let .within(from, _): columns += [from, test.column]
            case .recent: columns.append(test.column)
            default: break
            }
        }
        if let anniversary { columns.append(anniversary.column) }
        var seen = Set<String>()
        return columns.filter { seen.insert($0).inserted }
    }

    /// Every column the source declares, for checking the CSV header.

    public var declaredColumns: [String] {
        var columns = idColumns + [dateColumn] + columnDates.keys.sorted() + textColumns
        columns += [actorColumn, approverColumn, subject].compactMap { $0 }
        for rule in timeliness { columns += rule.columns }
        if let completion { columns += completion.columns }
        for test in tests { columns += test.columns }
        columns += countsWhen.map(\.column)
        if let scope { columns.append(scope.column) }
        if let siteColumn { columns.append(siteColumn) }
        if case let .key(column) = occurrence { columns.append(column) }
        if let anniversary { columns.append(anniversary.column) }
        columns += handledExceptions?.same ?? []
        if let from = handledExceptions?.from { columns.append(from) }
        if let nextDue { columns.append(nextDue) }
        var seen = Set<String>()
        return columns.filter { seen.insert($0).inserted }
    }
}

/// What kind of thing a source's rows are, which decides how they are tested.
public enum EvidenceShape: String, Sendable, Hashable, CaseIterable {
    /// A control performed on a schedule (reviews, tests, backups): cadence and coverage.
    case activities
    /// Things that happen (incidents, vulnerabilities, leavers): no cadence to keep; tested
    /// for timeliness, handling and completeness. A month without one is not a gap.
    case events
    /// A snapshot of items as they stand (devices, accounts): every row is tested, whatever
    /// its date.
    case inventory
}

/// How the records are tested: all of them (the export is complete and the test mechanical,
/// so the result is counted), or a certification auditor's sample, extended on a failure.
public enum TestingMethod: String, Sendable, Hashable, CaseIterable {
    case population
    case sample
}

/// How rows group into occurrences of the control.
public enum OccurrenceRule: Sendable, Hashable {
    /// Rows within a window tied to the documented frequency are one occurrence.
    case automatic
    /// Rows sharing this column's value are one occurrence (a campaign id).
    case key(String)
    /// Rows within this many days of the occurrence's first row are one occurrence.
    case window(days: Int)
    /// Every row is an occurrence.
    case rows
}

/// A date column written in its own format, or meaning a time of day when it holds a date.
public struct ColumnDate: Sendable, Hashable {
    public var format: DateFormat?
    public var time: Int?
    /// Where this column's wall-clock times are read when they carry no offset (Intune writes
    /// UTC without saying so); the organisation's zone when nil.
    public var zone: String?

    public init(format: DateFormat? = nil, time: Int? = nil, zone: String? = nil) {
        self.format = format
        self.time = time
        self.zone = zone
    }
}

/// A condition on a row: a column holding one of some values, none of them, or anything.
public struct RowCondition: Sendable, Hashable {
    public enum Test: Sendable, Hashable {
        case oneOf([String])
        case noneOf([String])
        case present
    }

    public var column: String
    public var test: Test

    public init(column: String, test: Test) {
        self.column = column
        self.test = test
    }

    /// The row holds one of `values`.
    public init(column: String, values: [String]) {
        self.init(column: column, test: .oneOf(values))
    }
}

/// Each subject's own schedule, counted from a date of its own.
public struct Anniversary: Sendable, Hashable {
    /// The column holding the subject's start (a contract start date).
    public var column: String
    /// How far either side of the anniversary an occurrence still counts.
    public var windowDays: Int

    public init(column: String, windowDays: Int) {
        self.column = column
        self.windowDays = windowDays
    }
}

/// A failed record followed, for the same subject, by a passing one within a window.
public struct HandledExceptions: Sendable, Hashable {
    /// Columns that must match for the re-run to put the failure right (the database).
    public var same: [String]
    public var withinHours: Double
    /// The date column the window opens from on the failed row (when the failed job ended);
    /// nil: its row date.
    public var from: String?

    public init(same: [String], withinHours: Double, from: String? = nil) {
        self.same = same
        self.withinHours = withinHours
        self.from = from
    }
}

/// The time allowed between two dated events in a record (leaving → access removed),
/// possibly one limit per category ("critical within 14 days, high within 30") and only for
/// the rows a condition selects (post-incident reviews for P1 and P2 only).
public struct Timeliness: Sendable, Hashable {
    public var id: String
    public var description: String?
    public var from: String
    public var to: String
    public var limit: Limit
    public var filter: RowCondition?
    /// A working-day limit ends at this local time (minutes after midnight) on its last day:
    /// "by 17:30 on the next working day". Nil: at the end of that day.
    public var endsAt: Int?

    /// A limit in hours or working days, one for all rows or one per category.
    public struct Limit: Sendable, Hashable {
        public var span: Span?
        /// The column whose value picks the limit; rows with an unlisted value have none.
        public var byColumn: String?
        public var byCategory: [String: Span]

        public init(span: Span? = nil, byColumn: String? = nil, byCategory: [String: Span] = [:]) {
            self.span = span
            self.byColumn = byColumn
            self.byCategory = byCategory
        }
    }

    /// `72h` (elapsed hours) or `10wd` (working days, Monday to Friday).
    public enum Span: Sendable, Hashable, CustomStringConvertible {
        case hours(Double)
        case workingDays(Int)

        public var description: String {
            switch self {
            case let .hours(h): EvidenceWording.hours(h)
            case let .workingDays(d): d == 1 ? "1 working day" : "\(d) working days"
            }
        }
    }

    public init(id: String = "timeliness", description: String? = nil, from: String, to: String, limit: Limit,
                filter: RowCondition? = nil, endsAt: Int? = nil) {
        self.id = id
        self.description = description
        self.from = from
        self.to = to
        self.limit = limit
        self.filter = filter
        self.endsAt = endsAt
    }

    public init(from: String, to: String, withinHours: Double) {
        self.init(from: from, to: to, limit: Limit(span: .hours(withinHours)))
    }

    /// The single limit in hours, when there is one (for older callers and answers).
    public var withinHours: Double? {
        if case let .hours(h)? = limit.span { return h }
        return nil
    }

    public var columns: [String] { [from, to] + [limit.byColumn, filter?.column].compactMap { $0 } }
}

/// Who should have a record: everyone in a population (training done by all staff).
public struct Completion: Sendable, Hashable {
    public enum Population: Sendable, Hashable {
        case personsInScope
        case count(Int)
        /// Everyone the export lists: a learning platform's assignments, done or not.
        case assigned
    }

    /// The person each row is about.
    public var column: String
    public var population: Population
    /// Which rows show the assignment done (`Status: Completed`); nil: a row dated in the
    /// period is one done.
    public var done: RowCondition?
    /// The date each assignment falls due: a person none of whose assignments is due yet at
    /// the export date (a joiner with thirty days to go) is not counted either way.
    public var due: String?

    public init(column: String, population: Population, done: RowCondition? = nil, due: String? = nil) {
        self.column = column
        self.population = population
        self.done = done
        self.due = due
    }

    /// Counted per person over every assignment the export holds, rather than as people
    /// with a record in the period.
    public var byAssignment: Bool { done != nil || due != nil || population == .assigned }

    public var columns: [String] { [column, done?.column, due].compactMap { $0 } }
}

/// A check every tested record must pass, as an auditor ticks attributes on a test sheet.
public struct AttributeTest: Sendable, Hashable {
    public enum Rule: Sendable, Hashable {
        case present
        case equals(String)
        case oneOf([String])
        case differsFrom(column: String)
        /// This date column is at most `hours` after the other (a negative gap passes).
        case within(fromColumn: String, hours: Double)
        /// This date is no older than `hours` at the export date (a device's last check-in).
        case recent(hours: Double)
        /// The cell lists someone other than the other column's value (`approvers` holding
        /// "tashworth;kmensah" for a pull request by "rmenon").
        case includesOtherThan(column: String, separator: String)
    }

    /// Restricts the test to the rows a condition selects.
    public typealias Filter = RowCondition

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
        case let .differsFrom(other), let .includesOtherThan(other, _): columns.append(other)
        case let .within(from, _): columns.append(from)
        default: break
        }
        if let filter { columns.append(filter.column) }
        return columns
    }
}
