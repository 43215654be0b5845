/// A row condition (a test's or a timeliness rule's `where`, a source's scope) resolved
/// once against its table: the column's position and each value as trimmed, lower-cased
/// bytes, so a million rows are matched on their stored bytes instead of a `String` per
/// cell and a column looked up by name. A cell outside ASCII, or a condition whose values or
/// column have no byte form, is matched by `RowCondition.matches`: every row gets the same
/// answer either way.
struct CompiledCondition {
    private let condition: RowCondition
    private let form: Form?

    private struct Form {
        enum Kind { case oneOf, noneOf, present }
        var position: Int
        var kind: Kind
        var values: [[UInt8]]
    }

    init(_ condition: RowCondition, in table: EvidenceTable) {
        self.condition = condition
        form = CompiledCondition.form(condition, table)
    }

    /// Whether `record` of `table` (the table this was made for) meets the condition.
    func matches(_ record: EvidenceRecord, in table: EvidenceTable) -> Bool {
        if let form, let matched = CellBytes.cell(record, form.position, { cell -> Bool? in
            switch form.kind {
            case .oneOf: form.values.contains { CellBytes.lowerEquals(cell, $0) }
            case .noneOf: !form.values.contains { CellBytes.lowerEquals(cell, $0) }
            case .present: CellBytes.isFilled(cell)
            }
        }) {
            return matched
        }
        return condition.matches(record, in: table)
    }

    private static func form(_ condition: RowCondition, _ table: EvidenceTable) -> Form? {
        guard let i = table.position(condition.column) else { return nil }
        switch condition.test {
        case .present: return Form(position: i, kind: .present, values: [])
        case let .oneOf(values), let .noneOf(values):
            let patterns = values.compactMap(CellBytes.pattern)
            guard patterns.count == values.count else { return nil }
            if case .oneOf = condition.test { return Form(position: i, kind: .oneOf, values: patterns) }
            return Form(position: i, kind: .noneOf, values: patterns)
        }
    }
}
