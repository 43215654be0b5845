/// The ISO/IEC 27006 initial-audit effort (Stage 1 + Stage 2, auditor-days) by the number
/// of persons doing work under the organisation's control within the scope.
public enum AuditDuration {
    static let table: [(upTo: Int, days: Double)] = [
        (10, 5), (15, 6), (25, 7), (45, 8.5), (65, 10), (85, 11), (125, 12), (175, 13), (275, 14),
        (425, 15), (625, 16.5), (875, 17.5), (1175, 18.5), (1550, 19.5), (2025, 21),
    ]

    public struct Estimate: Sendable, Hashable {
        public var persons: Int
        public var initialDays: Double
        /// Each of the two surveillance audits is about a third of the initial effort.
        public var surveillanceDays: Double
        /// Recertification in year three is about two thirds.
        public var recertificationDays: Double
        /// True beyond the table's last row: the certification body extrapolates.
        public var beyondTable: Bool
    }

    public static func estimate(persons: Int) -> Estimate {
        let row = table.first { persons <= $0.upTo }
        let days = row?.days ?? table.last!.days
        return Estimate(persons: persons, initialDays: days, surveillanceDays: (days / 3 * 2).rounded() / 2,
                        recertificationDays: (days * 2 / 3 * 2).rounded() / 2, beyondTable: row == nil)
    }
}
