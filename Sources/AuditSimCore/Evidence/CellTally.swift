/// Rows counted per cell value, each compared with the previous row's before hashing: rows
/// by the same reviewer, for the same campaign or with the same approver usually come
/// together, and a dictionary lookup per row of a million was a visible part of the facts.
struct CellTally {
    private var counts: [String: Int] = [:]
    private var last = ""
    private var run = 0

    mutating func add(_ cell: String) {
        if cell != last {
            flush()
            last = cell
        }
        run += 1
    }

    /// Rows per value.
    mutating func finish() -> [String: Int] {
        flush()
        return counts
    }

    private mutating func flush() {
        if run > 0 { counts[last, default: 0] += run }
        run = 0
    }
}
