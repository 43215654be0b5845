/// A date pattern for evidence columns (`yyyy-MM-dd`, `dd/MM/yyyy HH:mm`), compiled once and
/// applied to every row without allocating: evidence tables can hold millions of dates.
public struct DateFormat: Hashable, Sendable, CustomStringConvertible {
    enum Token: Hashable, Sendable {
        case year, month, monthName, day, hour, minute, second
        /// Two-digit fields written without padding (`M`, `d`): one or two digits.
        case shortMonth, shortDay
        case literal(UInt8)
    }

    public let pattern: String
    let tokens: [Token]

    public static let iso = DateFormat(pattern: "yyyy-MM-dd")!

    /// Returns nil for a pattern with no year, month and day, or with unknown letters.
    public init?(pattern: String) {
        var tokens: [Token] = []
        let chars = Array(pattern)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            var run = 1
            while i + run < chars.count, chars[i + run] == c { run += 1 }
            switch (c, run) {
            case ("y", 4): tokens.append(.year)
            case ("M", 3): tokens.append(.monthName)
            case ("M", 2): tokens.append(.month)
            case ("M", 1): tokens.append(.shortMonth)
            case ("d", 2): tokens.append(.day)
            case ("d", 1): tokens.append(.shortDay)
            case ("H", 2): tokens.append(.hour)
            case ("m", 2): tokens.append(.minute)
            case ("s", 2): tokens.append(.second)
            default:
                guard !c.isLetter || c == "T", let ascii = c.asciiValue else { return nil }
                tokens += Array(repeating: .literal(ascii), count: run)
            }
            i += run
        }
        let needed: [[Token]] = [[.year], [.month, .shortMonth, .monthName], [.day, .shortDay]]
        guard needed.allSatisfy({ $0.contains(where: tokens.contains) }) else { return nil }
        self.pattern = pattern
        self.tokens = tokens
    }

    public var description: String { pattern }

    /// Whether the pattern carries a time of day.
    public var hasTime: Bool { tokens.contains(.hour) }

    /// Parses `text`, returning the day and minutes after midnight; nil when the text does
    /// not match the pattern or names no real day (2026-02-30). Trailing text is rejected.
    public func parse(_ text: some StringProtocol) -> (day: Day, minutes: Int)? {
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
        var utf8 = text.utf8.makeIterator()
        var pending: UInt8? = utf8.next()

        func fixed(_ count: Int) -> Int? {
            var value = 0
            for _ in 0..<count {
                guard let b = pending, b >= 48, b <= 57 else { return nil }
                value = value * 10 + Int(b - 48)
                pending = utf8.next()
            }
            return value
        }
        func flexible() -> Int? {
            guard let first = fixed(1) else { return nil }
            if let b = pending, b >= 48, b <= 57 { return first * 10 + fixed(1)! }
            return first
        }
        func name() -> Int? {
            var letters: [UInt8] = []
            while let b = pending, letters.count < 3, (b | 0x20) >= 97, (b | 0x20) <= 122 {
                letters.append(b | 0x20)
                pending = utf8.next()
            }
            return DateFormat.monthNames.firstIndex(of: letters).map { $0 + 1 }
        }

        for token in tokens {
            switch token {
            case .year: guard let v = fixed(4) else { return nil }; year = v
            case .month: guard let v = fixed(2) else { return nil }; month = v
            case .shortMonth: guard let v = flexible() else { return nil }; month = v
            case .monthName: guard let v = name() else { return nil }; month = v
            case .day: guard let v = fixed(2) else { return nil }; day = v
            case .shortDay: guard let v = flexible() else { return nil }; day = v
            case .hour: guard let v = fixed(2), v < 24 else { return nil }; hour = v
            case .minute: guard let v = fixed(2), v < 60 else { return nil }; minute = v
            case .second: guard let v = fixed(2), v < 60 else { return nil }; second = v
            case let .literal(expected):
                guard pending == expected else { return nil }
                pending = utf8.next()
            }
        }
        guard pending == nil, let parsed = Day(year: year, month: month, day: day) else { return nil }
        _ = second
        return (parsed, hour * 60 + minute)
    }

    private static let monthNames: [[UInt8]] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ].map { Array($0.utf8) }
}
