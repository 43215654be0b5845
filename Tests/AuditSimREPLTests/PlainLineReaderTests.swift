#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import AuditSimREPL

/// Issue 15, category 2 and 4: the pipe reader is linear in its input, caps a line, and
/// hands the session the same text it stores (no NUL).
@Suite("Plain line reader", .serialized)
struct PlainLineReaderTests {
    /// Feeds `bytes` into a pipe from another thread and reads every line back.
    static func lines(of bytes: [UInt8]) -> ([String], Duration) {
        var fds: [Int32] = [0, 0]
        _ = pipe(&fds)
        let (readEnd, writeEnd) = (fds[0], fds[1])
        let writer = Thread {
            var at = 0
            while at < bytes.count {
                let n = bytes[at...].withUnsafeBufferPointer { write(writeEnd, $0.baseAddress, min($0.count, 1 << 16)) }
                if n <= 0 { break }
                at += n
            }
            close(writeEnd)
        }
        writer.start()
        let reader = PlainLineReader(fileDescriptor: readEnd)
        var out: [String] = []
        let clock = ContinuousClock(), start = clock.now
        while case .line(let line) = reader.readLine(prompt: "") { out.append(line) }
        let took = clock.now - start
        close(readEnd)
        return (out, took)
    }

    @Test func aThirtyTwoMegabyteLineIsReadOnceAndCapped() {
        var bytes = Array("quarterly ".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 32 * 1_048_576)
        bytes += Array("\nnext\n".utf8)
        let (lines, took) = Self.lines(of: bytes)
        #expect(took < .seconds(10), "took \(took)")
        #expect(lines.count == 2)
        #expect(lines.first?.utf8.count == PlainLineReader.maximumLineBytes)
        #expect(lines.first?.hasPrefix("quarterly ") == true)
        #expect(lines.last == "next")
    }

    @Test func manyShortLinesStayLinear() {
        let bytes = Array(String(repeating: "monthly\r\n", count: 200_000).utf8)
        let (lines, took) = Self.lines(of: bytes)
        #expect(took < .seconds(10), "took \(took)")
        #expect(lines.count == 200_000)
        #expect(lines.allSatisfy { $0 == "monthly" })
    }

    @Test func nulIsRemovedAndAMultibyteCutStaysValid() {
        let (lines, _) = Self.lines(of: Array("month\u{0}ly\n\u{0}\nlast".utf8))
        #expect(lines == ["monthly", "", "last"])
        let cut = [UInt8](repeating: UInt8(ascii: "a"), count: PlainLineReader.maximumLineBytes - 1) + Array("é and more".utf8) + [10]
        let (long, _) = Self.lines(of: cut)
        #expect(long.first?.unicodeScalars.allSatisfy { $0 != "\u{FFFD}" } == true)
    }
}
