import Foundation

/// Writes CSV rows straight into a byte buffer flushed in large blocks: a million-row
/// scenario must be generated in seconds, not minutes.
struct CSVOutput {
    private var buffer: [UInt8] = []
    private let handle: FileHandle
    private var first = true

    init(url: URL, header: [String]) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw GenerationError.cannotWrite(url.path)
        }
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(1 << 20)
        for column in header { field(column) }
        endRow()
    }

    /// A text field, quoted (RFC 4180) when it holds a comma, quote or line break.
    mutating func field(_ text: String) {
        separate()
        if text.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) {
            buffer.append(34)
            for byte in text.utf8 {
                if byte == 34 { buffer.append(34) }
                buffer.append(byte)
            }
            buffer.append(34)
        } else {
            buffer.append(contentsOf: text.utf8)
        }
    }

    mutating func empty() { separate() }

    /// A zero-padded number without going through `String`.
    mutating func number(_ value: Int, width: Int = 1) {
        separate()
        digits(value, width: width)
    }

    /// `prefix` then a zero-padded number: record ids such as `CHG-000042`.
    mutating func id(_ prefix: StaticString, _ value: Int, width: Int = 6) {
        separate()
        buffer.append(contentsOf: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
        digits(value, width: width)
    }

    mutating func decimal(_ value: Double) {
        separate()
        let tenths = Int((value * 10).rounded())
        digits(tenths / 10, width: 1)
        buffer.append(46)
        digits(tenths % 10, width: 1)
    }

    /// A date in one of the layouts the generated sources declare.
    mutating func date(_ day: GeneratedDay, _ layout: DateLayout, minutes: Int = 0) {
        separate()
        switch layout {
        case .iso, .isoTime:
            digits(day.year, width: 4); buffer.append(45); digits(day.month, width: 2); buffer.append(45); digits(day.dayOfMonth, width: 2)
        case .dayFirst:
            digits(day.dayOfMonth, width: 2); buffer.append(47); digits(day.month, width: 2); buffer.append(47); digits(day.year, width: 4)
        }
        if layout == .isoTime {
            buffer.append(32); digits(minutes / 60, width: 2); buffer.append(58); digits(minutes % 60, width: 2)
        }
    }

    mutating func endRow() {
        buffer.append(10)
        first = true
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func close() throws {
        flush()
        try handle.close()
    }

    private mutating func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func separate() {
        if !first { buffer.append(44) }
        first = false
    }

    private mutating func digits(_ value: Int, width: Int) {
        var v = value, scratch: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &scratch) { out in
            repeat {
                out[count] = UInt8(48 + v % 10)
                v /= 10
                count += 1
            } while v > 0 && count < 12
            for _ in count..<max(width, count) { buffer.append(48) }
            for i in stride(from: count - 1, through: 0, by: -1) { buffer.append(out[i]) }
        }
    }
}

/// The date layouts generated sources use, and the pattern each declares.
enum DateLayout {
    case iso, dayFirst, isoTime

    var pattern: String {
        switch self {
        case .iso: "yyyy-MM-dd"
        case .dayFirst: "dd/MM/yyyy"
        case .isoTime: "yyyy-MM-dd HH:mm"
        }
    }
}

/// A day with its calendar parts worked out once, since rows print them repeatedly.
struct GeneratedDay {
    let day: Day
    let year: Int, month: Int, dayOfMonth: Int

    init(_ day: Day) {
        self.day = day
        year = day.year
        month = day.month
        dayOfMonth = day.day
    }
}

/// YAML scalars written so that YAML reads them back as the same text.
enum YAMLText {
    /// Plain when safe, otherwise double-quoted with escapes.
    static func scalar(_ text: String) -> String {
        let plainSafe = !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || " -.()/&'".contains($0) }
            && !text.hasPrefix("-") && !text.hasPrefix(" ") && !text.hasSuffix(" ") && !text.hasPrefix("'")
            && Double(text) == nil && !["true", "false", "yes", "no", "on", "off", "null", "y", "n"].contains(text.lowercased())
        if plainSafe { return text }
        return quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\x%02X", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }
}

/// Why a scenario could not be generated.
public enum GenerationError: Error, CustomStringConvertible, Equatable {
    /// The output folder exists and holds files; `--force` overwrites it.
    case notEmpty(String)
    /// A file or folder could not be created.
    case cannotWrite(String)
    /// The requested size is outside what the generator supports.
    case badSize(String)

    public var description: String {
        switch self {
        case let .notEmpty(path): "\(path) is not empty; pass --force to overwrite it"
        case let .cannotWrite(path): "cannot write \(path)"
        case let .badSize(why): why
        }
    }
}
