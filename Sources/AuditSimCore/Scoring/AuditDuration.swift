/// The ISO/IEC 27006-1 initial-audit effort (Stage 1 + Stage 2, auditor-days) by the
/// number of effective persons doing work under the organisation's control within the scope.
public enum AuditDuration {
    /// The table of JUDGEMENT.md §5: upper bound of effective persons, auditor-days.
    static let table: [(upTo: Int, days: Double)] = [
        (10, 5), (15, 6), (25, 7), (45, 8.5), (65, 10), (85, 11), (125, 12), (175, 13), (275, 14),
        (425, 15), (625, 16.5), (875, 17.5), (1175, 18.5), (1550, 19.5), (2025, 21),
        (2675, 22), (3450, 23), (4350, 24), (5450, 25), (6800, 26), (8500, 27), (10700, 28),
    ]

    /// Past 10,700 persons the table says "follow the progression". Its last bands widen by
    /// about a quarter each (1,350 → 1,700 → 2,200 persons, one day each); we continue that:
    /// each further band is 25 % wider than the one before, rounded to 50 persons, one more day.
    static let growth = 1.25

    public struct Estimate: Sendable, Hashable {
        /// Persons in scope as declared.
        public var persons: Int
        /// After the square-root reduction of declared groups of identical simple roles.
        public var effectivePersons: Int
        /// The reductions applied, one a group: role, head count, counted as.
        public var reductions: [Reduction]
        public var initialDays: Double
        /// Each of the two surveillance audits is about a third of the initial effort.
        public var surveillanceDays: Double
        /// Recertification in year three is about two thirds.
        public var recertificationDays: Double
        /// True beyond the table's last row: the progression was continued.
        public var beyondTable: Bool
        /// Sites in scope, and how many a certification body would visit in a sampled
        /// multi-site audit (√n rounded up, initial audit), when there are several.
        public var sites: Int
        public var sampledSites: Int?
    }

    public struct Reduction: Sendable, Hashable {
        public var role: String
        public var persons: Int
        public var countedAs: Int
    }

    public static func estimate(persons: Int) -> Estimate {
        estimate(organisation: Organisation(name: "", sector: "", personsInScope: persons, scope: "",
                                            auditDate: Day(ordinal: 0), operatingSince: Day(ordinal: 0)))
    }

    public static func estimate(organisation o: Organisation) -> Estimate {
        let reductions = o.simpleRoleGroups.map { g in
            Reduction(role: g.role, persons: g.persons, countedAs: squareRootCeiling(g.persons))
        }
        let reduced = reductions.reduce(0) { $0 + $1.persons - $1.countedAs }
        let effective = max(1, o.personsInScope - reduced)
        let (days, beyond) = initialDays(effectivePersons: effective)
        let sites = max(1, o.sites.count)
        return Estimate(
            persons: o.personsInScope, effectivePersons: effective, reductions: reductions, initialDays: days,
            surveillanceDays: (days / 3 * 2).rounded() / 2, recertificationDays: (days * 2 / 3 * 2).rounded() / 2,
            beyondTable: beyond, sites: sites, sampledSites: sites > 1 ? squareRootCeiling(sites) : nil)
    }

    /// The initial auditor-days for a head count, continuing the progression past the table.
    public static func initialDays(effectivePersons persons: Int) -> (days: Double, beyondTable: Bool) {
        if let row = table.first(where: { persons <= $0.upTo }) { return (row.days, false) }
        var upper = table[table.count - 1].upTo, width = Double(upper - table[table.count - 2].upTo)
        var days = table[table.count - 1].days
        while persons > upper {
            width = (width * growth / 50).rounded() * 50
            upper += Int(width)
            days += 1
        }
        return (days, true)
    }

    /// The smallest whole number whose square is at least `n`.
    static func squareRootCeiling(_ n: Int) -> Int {
        guard n > 0 else { return 0 }
        var r = Int(Double(n).squareRoot())
        while r * r < n { r += 1 }
        while r > 1 && (r - 1) * (r - 1) >= n { r -= 1 }
        return r
    }
}
