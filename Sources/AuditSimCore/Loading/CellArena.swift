import Foundation

/// Where the loader keeps records' values: a few large blocks instead of a string per
/// record, whose header and allocator rounding were about half of a loaded record's heap.
/// Bytes are only appended, by the loader, before any record leaves it; a block never
/// moves, so a slice stays valid for as long as it holds its block.
final class CellArena: @unchecked Sendable {
    /// A record's joined values in a block.
    struct Slice: Sendable {
        let block: CellArena
        let start: UInt32
        let count: UInt32

        var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: block.base + Int(start), count: Int(count)) }
    }

    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var used = 0

    /// `huge`: in 2 MB pages (`HugePages`), for a large file's later blocks.
    init(capacity: Int, huge: Bool = false) {
        self.capacity = capacity
        base = HugePages.allocate(capacity, huge: huge)
    }

    deinit { free(base) }

    /// `count` bytes that `fill` writes into this block, from the pointer it is given; nil,
    /// without calling it, when they do not fit.
    func append(count: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Void) -> Slice? {
        guard count <= capacity - used else { return nil }
        fill(base + used)
        defer { used += count }
        return Slice(block: self, start: UInt32(used), count: UInt32(count))
    }
}

/// Large buffers the loader fills once, backed by 2 MB pages where the system allows it
/// (transparent huge pages on request, `madvise`): a ten-million-row run faulted in a
/// gigabyte 4 KB at a time, an eighth of its time in the kernel's page-fault path. Only for
/// large files: a huge page is resident as soon as one byte of it is touched, which cost a
/// million-row run 11 MB for the last, partly filled block of each export.
enum HugePages {
    static let size = 2 << 20
    /// The least a buffer (the records of one export) is for huge pages to be worth it.
    static let worthwhile = 64 << 20

    /// `count` bytes, 2 MB aligned and advised when `huge`; release with `free`.
    static func allocate(_ count: Int, huge: Bool) -> UnsafeMutablePointer<UInt8> {
        var raw: UnsafeMutableRawPointer?
        let alignment = huge ? size : MemoryLayout<Int>.alignment
        guard posix_memalign(&raw, alignment, max(count, 1)) == 0, let raw else { fatalError("out of memory for \(count) bytes") }
        if huge { advise(raw, count) }
        return raw.bindMemory(to: UInt8.self, capacity: count)
    }

    /// Asks for huge pages over the whole 2 MB pages inside `count` bytes at `start`, before
    /// they are touched; a no-op where the system has none.
    static func advise(_ start: UnsafeMutableRawPointer, _ count: Int) {
        #if os(Linux)
        let from = (Int(bitPattern: start) + size - 1) / size * size
        let to = (Int(bitPattern: start) + count) / size * size
        guard to > from, let aligned = UnsafeMutableRawPointer(bitPattern: from) else { return }
        _ = madvise(aligned, to - from, Int32(MADV_HUGEPAGE))
        #endif
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

    /// Blocks made so far: past `HugePages.worthwhile` of them, the file is large enough for huge pages.
    private var blocks = 1

    /// `count` bytes that `fill` writes, from the pointer it is given.
    mutating func store(count: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Void) -> CellArena.Slice {
        if let slice = block.append(count: count, fill) { return slice }
        blocks += 1
        block = CellArena(capacity: max(blockSize, count), huge: blocks * blockSize >= HugePages.worthwhile)
        return block.append(count: count, fill)!
    }
}
