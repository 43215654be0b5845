/// Whether a row meets a condition, compared as cells are everywhere: trimmed, case-blind.
extension RowCondition {
    public func matches(_ record: EvidenceRecord, in table: EvidenceTable) -> Bool {
        matches(table.value(column, in: record))
    }

    public func matches(_ cell: String) -> Bool {
        switch test {
        case let .oneOf(values): return values.contains { CellText.sameNormalised(cell, $0) }
        case let .noneOf(values): return !values.contains { CellText.sameNormalised(cell, $0) }
        case .present: return AttributeTesting.isFilled(cell)
        }
    }

    /// "Status is Done", for messages.
    public var phrase: String {
        switch test {
        case let .oneOf(values): "\(column) is \(values.joined(separator: " or "))"
        case let .noneOf(values): "\(column) is not \(values.joined(separator: " or "))"
        case .present: "\(column) is filled in"
        }
    }
}
