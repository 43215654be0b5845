/// Completion counted per person over their assignments, as a learning platform exports them:
/// one row per person and module, done or not, each with its due date. A person counts as
/// complete when every assignment of theirs that has fallen due is done; a person with
/// nothing due yet (a joiner inside their first thirty days) is left out either way, so a
/// sound programme is not read as 88 % complete.
struct CompletionCount: Sendable, Hashable {
    var done: Int
    var population: Int
    /// People with assignments, none of them due yet at the export date.
    var notYetDue: Int
}

enum CompletionCounting {
    static func byAssignment(_ completion: Completion, in table: EvidenceTable, asOf: Day, personsInScope: Int) -> CompletionCount {
        var due: [String: (anyDue: Bool, anyDone: Bool, allDueDone: Bool)] = [:]
        for record in table.records + table.setAside {
            let person = CellText.trimmed(table.value(completion.column, in: record)).lowercased()
            guard !person.isEmpty else { continue }
            let isDue = completion.due.map { column in table.day(column, in: record).map { $0 <= asOf } ?? true } ?? true
            let isDone = completion.done.map { $0.matches(record, in: table) } ?? (record.counts && record.day <= asOf)
            var state = due[person] ?? (false, false, true)
            state.anyDue = state.anyDue || isDue
            state.anyDone = state.anyDone || isDone
            if isDue && !isDone { state.allDueDone = false }
            due[person] = state
        }
        let counted = due.values.filter { $0.anyDue || $0.anyDone }
        let done = counted.filter(\.allDueDone).count
        let notYetDue = due.count - counted.count
        let population: Int
        switch completion.population {
        case .assigned: population = counted.count
        case .personsInScope: population = max(personsInScope - notYetDue, done)
        case let .count(n): population = max(n - notYetDue, done)
        }
        return CompletionCount(done: done, population: population, notYetDue: notYetDue)
    }
}
