import Foundation

/// An evidence export's bytes, checked for what a CSV must not hold. A large export is
/// mapped rather than read into memory, and the pages the loader has passed are handed back
/// (`madvise(MADV_DONTNEED)`: they stay in the page cache and read back from the file if
/// touched again). A 30 MB export no longer sits in memory whole while its records are built
/// on top of every table loaded before it, the peak of a million-row run.
final class ExportBytes {
    let data: Data
    /// Every byte is ASCII (then the file is valid UTF-8 without decoding a copy of it).
    private(set) var isASCII = true
    /// A zero byte: a NUL scalar in UTF-8.
    private(set) var containsNUL = false
    /// Line feeds and carriage returns: an upper bound on the rows.
    private(set) var lineCount = 1
    /// `data` is this object's own mapping, so its pages may be released.
    private let mapped: Bool
    private var released = 0

    /// Exports smaller than this are read as they always were.
    static let mapFrom = 4 << 20
    private static let step = 4 << 20

    init(contentsOf url: URL) throws {
        if let mapping = ExportBytes.map(url) {
            data = mapping
            mapped = true
        } else {
            data = try Data(contentsOf: url)
            mapped = false
        }
        guard mapped else {
            isASCII = FileBytes.isASCII(data)
            containsNUL = FileBytes.containsNUL(data)
            lineCount = FileBytes.lineCount(data)
            return
        }
        // A step at a time, each released once checked, so the checks do not make the whole
        // file resident either.
        var at = 0
        while at < data.count {
            let chunk = data[at..<min(at + ExportBytes.step, data.count)]
            isASCII = isASCII && FileBytes.isASCII(chunk)
            containsNUL = containsNUL || FileBytes.containsNUL(chunk)
            lineCount += FileBytes.lineCount(chunk) - 1
            at += chunk.count
            passed(at)
        }
        released = 0  // the loader reads the file again from its start
    }

    /// The reader is done with the bytes before `offset`.
    func passed(_ offset: Int) {
        guard mapped, offset - released >= ExportBytes.step || offset == data.count else { return }
        data.withUnsafeBytes { raw in
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            guard let base = raw.baseAddress, Int(bitPattern: base) % page == 0 else { return }
            let end = offset / page * page
            guard end > released else { return }
            _ = madvise(UnsafeMutableRawPointer(mutating: base) + released, end - released, Int32(MADV_DONTNEED))
            released = end
        }
    }

    /// A read-only private mapping of a large regular file; nil to read it instead.
    private static func map(_ url: URL) -> Data? {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) >= mapFrom else { return nil }
        let size = Int(info.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        return Data(bytesNoCopy: base, count: size, deallocator: .custom { pointer, count in _ = munmap(pointer, count) })
    }
}

/// Whole-file byte checks over the buffer: `Data`'s element-by-element iterator was 4 % of
/// a 100k-row readiness run, and decoding a `String` only to validate it copied the file.
enum FileBytes {
    static func isASCII(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            var any: UInt8 = 0
            for byte in raw { any |= byte }
            return any < 0x80
        }
    }

    static func containsNUL(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return false }
            return memchr(base, 0, raw.count) != nil
        }
    }

    /// Line feeds and carriage returns: an upper bound on the rows.
    static func lineCount(_ data: Data) -> Int {
        data.withUnsafeBytes { raw in raw.reduce(1) { $1 == 0x0A || $1 == 0x0D ? $0 + 1 : $0 } }
    }
}
