/// The ids an export has used so far, to report a duplicate. Exports list ids in ascending
/// order as a rule (CHG-000001, CHG-000002, …): while each id sorts after the one before,
/// none can repeat, so the ids are only compared with the last one. The first id out of
/// order turns the list into a set, and every later id is looked up there. Hashing a
/// million ids into a growing set was a tenth of a million-row run.
struct SeenIDs {
    private var ascending: [String] = []
    private var set: Set<String>?

    /// Whether `id` is new (and now seen).
    mutating func insert(_ id: String) -> Bool {
        if set == nil {
            if let last = ascending.last, !(last < id) {
                set = Set(ascending)
                ascending = []
            } else {
                ascending.append(id)
                return true
            }
        }
        return set!.insert(id).inserted
    }
}

/// Copies each loaded record's joined values into `CellArena` blocks.
struct CellStore {
    private var block: CellArena
    private let blockSize: Int

    /// Small files get one block of their own size; large ones blocks of 4 MB.
    init(fileSize: Int) {
        blockSize = max(1, min(fileSize, 4 << 20))
        block = CellArena(capacity: blockSize)
    }

    /// `count` bytes that `fill` writes, from the pointer it is given.
    mutating func store(count: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Void) -> CellArena.Slice {
        if let slice = block.append(count: count, fill) { return slice }
        block = CellArena(capacity: max(blockSize, count))
        return block.append(count: count, fill)!
    }
}
