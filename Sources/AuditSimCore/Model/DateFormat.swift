/// A date pattern for evidence columns, written as the exporting tool writes dates
/// (`yyyy-MM-dd`, `dd/MM/yyyy HH:mm`, Jira's `dd/MMM/yy h:mm a`, KnowBe4's `M/d/yyyy h:mm a`),
/// or `iso8601` for date-times with an optional fraction and offset (`2026-03-14T10:31:44Z`,
/// `2026-03-09T09:00:00.000+01:00`). Compiled once and applied to every row without
/// allocating: evidence tables can hold millions of dates.
public struct DateFormat: Hashable, Sendable, CustomStringConvertible {
    enum Token: Hashable, Sendable {
        case year, shortYear, month, monthName, day, hour, minute, second
        /// Two-digit fields written without padding (`M`, `d`, `h`): one or two digits.
        case shortMonth, shortDay, hour12
        /// `a`: AM or PM, which turns a 12-hour clock into minutes after midnight.
        case meridiem
        /// `S…`: a fraction of a second, any number of digits (ignored).
        case fraction
        /// `XXX` or `Z`: `Z`, `+01:00`, `+0100`.
        case offset
        case literal(UInt8)
    }

    /// What a parsed cell holds: the wall-clock day and minute as written, and the offset
    /// from UTC in minutes when the text states one.
    public struct Stamp: Hashable, Sendable {
        public var day: Day
        public var minutes: Int
        public var offset: Int?
    }

    public let pattern: String
    let tokens: [Token]
    /// The `iso8601` keyword: date, optional `T`/space time, fraction and offset.
    let isISO8601: Bool

    public static let iso = DateFormat(pattern: "yyyy-MM-dd")!

    /// Returns nil for a pattern with no year, month and day, or with unknown letters.
    public init?(pattern: String) {
        self.pattern = pattern
        if pattern.lowercased() == "iso8601" || pattern.lowercased() == "iso-8601" {
            tokens = []
            isISO8601 = true
            return
        }
        isISO8601 = false
        var tokens: [Token] = []
        let chars = Array(pattern)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            var run = 1
            while i + run < chars.count, chars[i + run] == c { run += 1 }
            switch (c, run) {
            case ("y", 4): tokens.append(.year)
            case ("y", 2): tokens.append(.shortYear)
            case ("M", 3): tokens.append(.monthName)
            case ("M", 2): tokens.append(.month)
            case ("M", 1): tokens.append(.shortMonth)
            case ("d", 2): tokens.append(.day)
            case ("d", 1): tokens.append(.shortDay)
            case ("H", 2): tokens.append(.hour)
            case ("h", 1), ("h", 2): tokens.append(.hour12)
            case ("a", 1): tokens.append(.meridiem)
            case ("m", 2): tokens.append(.minute)
            case ("s", 2): tokens.append(.second)
            case ("S", _): tokens.append(.fraction)
            case ("X", _), ("Z", 1): tokens.append(.offset)
            default:
                guard !c.isLetter || c == "T", let ascii = c.asciiValue else { return nil }
                tokens += Array(repeating: .literal(ascii), count: run)
            }
            i += run
        }
        let needed: [[Token]] = [[.year, .shortYear], [.month, .shortMonth, .monthName], [.day, .shortDay]]
        guard needed.allSatisfy({ $0.contains(where: tokens.contains) }) else { return nil }
        if tokens.contains(.hour12) != tokens.contains(.meridiem) { return nil }
        self.tokens = tokens
    }

    public var description: String { pattern }

    /// Whether the pattern carries a time of day.
    public var hasTime: Bool { isISO8601 || tokens.contains(.hour) || tokens.contains(.hour12) }

    /// Parses `text`, returning the day and minutes after midnight as written; nil when the
    /// text does not match the pattern or names no real day (2026-02-30).
    public func parse(_ text: some StringProtocol) -> (day: Day, minutes: Int)? {
        stamp(text).map { ($0.day, $0.minutes) }
    }

    /// Parses `text` with its offset from UTC, when it states one. Trailing text is rejected.
    public func stamp(_ text: some StringProtocol) -> Stamp? {
        var scanner = ByteScanner(text.utf8.makeIterator())
        return isISO8601 ? DateFormat.iso8601(&scanner) : parse(&scanner)
    }

    /// `stamp` over UTF-8 bytes: a loader reads dates without making a `String` of each.
    func stamp(bytes: UnsafeBufferPointer<UInt8>) -> Stamp? {
        var scanner = ByteScanner(bytes.makeIterator())
        return isISO8601 ? DateFormat.iso8601(&scanner) : parse(&scanner)
    }

    private func parse<B>(_ s: inout ByteScanner<B>) -> Stamp? {
        var year = 0, month = 0, day = 0, hour = 0, minute = 0
        var pm: Bool?, offset: Int?
        for token in tokens {
            switch token {
            case .year: guard let v = s.fixed(4) else { return nil }; year = v
            case .shortYear: guard let v = s.fixed(2) else { return nil }; year = 2000 + v
            case .month: guard let v = s.fixed(2) else { return nil }; month = v
            case .shortMonth: guard let v = s.flexible() else { return nil }; month = v
            case .monthName: guard let v = s.monthName() else { return nil }; month = v
            case .day: guard let v = s.fixed(2) else { return nil }; day = v
            case .shortDay: guard let v = s.flexible() else { return nil }; day = v
            case .hour: guard let v = s.fixed(2), v < 24 else { return nil }; hour = v
            case .hour12: guard let v = s.flexible(), (1...12).contains(v) else { return nil }; hour = v % 12
            case .meridiem: guard let v = s.meridiem() else { return nil }; pm = v
            case .minute: guard let v = s.fixed(2), v < 60 else { return nil }; minute = v
            case .second: guard let v = s.fixed(2), v < 61 else { return nil }
            case .fraction: guard s.digits() > 0 else { return nil }
            case .offset: guard let v = s.offset() else { return nil }; offset = v
            case let .literal(expected): guard s.take(expected) else { return nil }
            }
        }
        if pm == true { hour += 12 }
        guard s.atEnd, let parsed = Day(year: year, month: month, day: day) else { return nil }
        return Stamp(day: parsed, minutes: hour * 60 + minute, offset: offset)
    }

    /// `2026-03-14`, `2026-03-14T10:31`, `2026-03-14 10:31:44.123Z`, `…+01:00`.
    private static func iso8601<B>(_ s: inout ByteScanner<B>) -> Stamp? {
        guard let year = s.fixed(4), s.take(UInt8(ascii: "-")), let month = s.fixed(2), s.take(UInt8(ascii: "-")),
              let day = s.fixed(2), let parsed = Day(year: year, month: month, day: day) else { return nil }
        if s.atEnd { return Stamp(day: parsed, minutes: 0, offset: nil) }
        guard s.take(UInt8(ascii: "T")) || s.take(UInt8(ascii: " ")),
              let hour = s.fixed(2), hour < 24, s.take(UInt8(ascii: ":")), let minute = s.fixed(2), minute < 60 else { return nil }
        if s.take(UInt8(ascii: ":")) {
            guard let second = s.fixed(2), second < 61 else { return nil }
            if s.take(UInt8(ascii: ".")) || s.take(UInt8(ascii: ",")) { guard s.digits() > 0 else { return nil } }
        }
        var offset: Int?
        if !s.atEnd { guard let o = s.offset() else { return nil }; offset = o }
        guard s.atEnd else { return nil }
        return Stamp(day: parsed, minutes: hour * 60 + minute, offset: offset)
    }

    static let monthNames: [[UInt8]] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ].map { Array($0.utf8) }
}

/// Reads a date cell byte by byte with one byte of look-ahead.
struct ByteScanner<Bytes: IteratorProtocol<UInt8>> {
    private var bytes: Bytes
    private(set) var pending: UInt8?

    init(_ bytes: Bytes) {
        self.bytes = bytes
        pending = self.bytes.next()
    }

    var atEnd: Bool { pending == nil }

    mutating func advance() { pending = bytes.next() }

    mutating func take(_ expected: UInt8) -> Bool {
        guard pending == expected else { return false }
        advance()
        return true
    }

    private var digit: Int? { pending.flatMap { $0 >= 48 && $0 <= 57 ? Int($0 - 48) : nil } }

    mutating func fixed(_ count: Int) -> Int? {
        var value = 0
        for _ in 0..<count {
            guard let d = digit else { return nil }
            value = value * 10 + d
            advance()
        }
        return value
    }

    /// One or two digits.
    mutating func flexible() -> Int? {
        guard let first = fixed(1) else { return nil }
        if let d = digit { advance(); return first * 10 + d }
        return first
    }

    /// Skips a run of digits, returning how many there were.
    mutating func digits() -> Int {
        var n = 0
        while digit != nil { advance(); n += 1 }
        return n
    }

    mutating func monthName() -> Int? {
        var letters: [UInt8] = []
        while let b = pending, letters.count < 3, (b | 0x20) >= 97, (b | 0x20) <= 122 {
            letters.append(b | 0x20)
            advance()
        }
        // Full names ("September") are read by their first three letters.
        while let b = pending, (b | 0x20) >= 97, (b | 0x20) <= 122 { advance() }
        return DateFormat.monthNames.firstIndex(of: letters).map { $0 + 1 }
    }

    /// `AM`/`PM` (any case, optional dots): true for PM.
    mutating func meridiem() -> Bool? {
        guard let b = pending else { return nil }
        let pm: Bool
        switch b | 0x20 {
        case UInt8(ascii: "a"): pm = false
        case UInt8(ascii: "p"): pm = true
        default: return nil
        }
        advance()
        _ = take(UInt8(ascii: "."))
        guard let m = pending, m | 0x20 == UInt8(ascii: "m") else { return nil }
        advance()
        _ = take(UInt8(ascii: "."))
        return pm
    }

    /// `Z`, `+01:00`, `-0530`, `+01`: minutes east of UTC.
    mutating func offset() -> Int? {
        if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return 0 }
        let sign: Int
        if take(UInt8(ascii: "+")) { sign = 1 } else if take(UInt8(ascii: "-")) { sign = -1 } else { return nil }
        guard let hours = fixed(2), hours < 24 else { return nil }
        _ = take(UInt8(ascii: ":"))
        let minutes = atEnd ? 0 : fixed(2)
        guard let minutes, minutes < 60 else { return nil }
        return sign * (hours * 60 + minutes)
    }
}
