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
            (isASCII, lineCount) = FileBytes.scan(data)
            lineCount += 1
            containsNUL = FileBytes.containsNUL(data)
            return
        }
        // A step at a time, each released once checked, so the checks do not make the whole
        // file resident either.
        var at = 0
        while at < data.count {
            let chunk = data[at..<min(at + ExportBytes.step, data.count)]
            let (ascii, lineEnds) = FileBytes.scan(chunk)
            isASCII = isASCII && ascii
            containsNUL = containsNUL || FileBytes.containsNUL(chunk)
            lineCount += lineEnds
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
    /// Whether every byte is ASCII, and how many line feeds and carriage returns there are
    /// (an upper bound on the rows), in one pass of eight bytes at a time: a byte loop for
    /// each was 6 % of a million-row run.
    static func scan(_ data: Data) -> (isASCII: Bool, lineEnds: Int) {
        data.withUnsafeBytes { raw in
            var any: UInt64 = 0, ends = 0, at = 0
            while at + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)
                any |= word
                ends += zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) + zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
                at += 8
            }
            for byte in raw[at...] {
                any |= UInt64(byte)
                if byte == 0x0A || byte == 0x0D { ends += 1 }
            }
            return (any & 0x8080_8080_8080_8080 == 0, ends)
        }
    }

    /// How many of the word's eight bytes are zero. Each byte's high bit is set exactly when
    /// the byte is not zero; no carry crosses from one byte into the next.
    private static func zeroBytes(_ word: UInt64) -> Int {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let nonzero = (low &+ 0x7F7F_7F7F_7F7F_7F7F) | word
        return (~nonzero & 0x8080_8080_8080_8080).nonzeroBitCount
    }

    static func containsNUL(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return false }
            return memchr(base, 0, raw.count) != nil
        }
    }
}
