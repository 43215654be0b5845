/// Amounts said as a bound or a rounded figure: "over 95 per cent", "fewer than ten",
/// "nearly forty", "ninety-odd", "nearly all of them". The words allow a range, and a
/// recorded figure anywhere in it agrees with what was said; reading "ninety-odd" as exactly
/// 90 would turn a plain answer into a contradiction.
enum SpokenBounds {
    enum Bound: Sendable { case atLeast, atMost, nearly }

    /// Longest first, so "well over" is read before "over".
    private static let leads: [([String], Bound)] = [
        (["in", "excess", "of"], .atLeast), (["a", "bit", "over"], .atLeast), (["a", "little", "over"], .atLeast),
        (["a", "bit", "under"], .nearly), (["a", "little", "under"], .nearly), (["no", "more", "than"], .atMost),
        (["not", "more", "than"], .atMost),
        (["well", "over"], .atLeast), (["well", "above"], .atLeast), (["comfortably", "over"], .atLeast),
        (["just", "over"], .atLeast), (["just", "above"], .atLeast), (["more", "than"], .atLeast),
        (["upwards", "of"], .atLeast), (["north", "of"], .atLeast), (["at", "least"], .atLeast),
        (["fewer", "than"], .atMost), (["less", "than"], .atMost), (["at", "most"], .atMost), (["up", "to"], .atMost),
        (["well", "under"], .atMost), (["well", "below"], .atMost),
        (["just", "under"], .nearly), (["just", "below"], .nearly), (["not", "quite"], .nearly),
        (["over"], .atLeast), (["above"], .atLeast), (["under"], .atMost), (["below"], .atMost),
        (["nearly"], .nearly), (["almost"], .nearly),
    ]

    /// The bound that opens at word `i`, and how many words it takes.
    static func lead(_ answer: NormalizedAnswer, at i: Int) -> (Bound, Int)? {
        leads.first { answer.matches($0.0, at: i) }.map { ($0.1, $0.0.count) }
    }

    /// The amounts a bound around `value` allows: shares stop at 100, counts at nothing.
    static func span(_ bound: Bound, _ value: Double, percent: Bool) -> ClosedRange<Double> {
        switch bound {
        case .atLeast: return value...(percent ? max(value, 100) : .infinity)
        case .atMost: return 0...value
        case .nearly: return max(0, value - (percent ? 5 : max(1, (value * 0.1).rounded())))...value
        }
    }

    /// "Ninety-odd", "ninety something", "a hundred-odd": a round figure and the rest of its
    /// ten (or hundred); "forty plus" has no top. Returns the span and the words it took.
    static func rounded(_ answer: NormalizedAnswer, after j: Int, value: Double) -> (ClosedRange<Double>, Int)? {
        guard let tail = answer.word(j), ["odd", "something", "plus"].contains(tail), value >= 20 else { return nil }
        if tail == "plus" { return (value...Double.infinity, 1) }
        let step: Double = value.truncatingRemainder(dividingBy: 100) == 0 ? 100 : 10
        guard value.truncatingRemainder(dividingBy: 10) == 0 else { return nil }
        return (value...(value + step - 1), 1)
    }

    /// Shares in words, to a share question: "nearly all of them" is most but not quite all.
    static let shares: [(String, ClosedRange<Double>)] = [
        ("almost all", 85...100), ("nearly all", 85...100), ("the vast majority", 85...100),
        ("nearly everyone", 85...100), ("almost everyone", 85...100), ("nearly everybody", 85...100),
        ("almost everybody", 85...100), ("just about everyone", 85...100), ("virtually everyone", 85...100),
        ("nearly every one", 85...100), ("almost every one", 85...100), ("virtually all", 85...100),
        ("all but a few", 85...100), ("pretty much all", 85...100), ("pretty much everyone", 85...100),
        ("practically all", 85...100), ("practically everyone", 85...100), ("just about all", 85...100),
        ("more or less all", 85...100), ("near enough all", 85...100), ("near enough everyone", 85...100),
        ("all but a handful", 85...100), ("the overwhelming majority", 85...100), ("the great majority", 85...100),
        ("most", 51...100), ("the majority", 51...100), ("most of them", 51...100), ("the bulk", 51...100),
    ]

    /// Amounts people give by their digits: "single figures" is one to nine.
    static let figures: [(String, ClosedRange<Double>)] = [
        ("single figures", 1...9), ("single digits", 1...9), ("single figure", 1...9),
        ("double figures", 10...99), ("double digits", 10...99),
    ]

    /// The one amount a span stands for when a single figure is needed: its middle, or its
    /// bound when it is open.
    static func representative(_ span: ClosedRange<Double>) -> Double {
        span.upperBound.isInfinite ? span.lowerBound : (span.lowerBound + span.upperBound) / 2
    }

    /// "90 to 99", "10 or more", "up to 20", with "%" for shares.
    static func describe(_ span: ClosedRange<Double>, percent: Bool) -> String {
        let unit = percent ? "%" : ""
        let lo = NumberInterpreter.format(span.lowerBound), hi = NumberInterpreter.format(span.upperBound)
        if span.upperBound.isInfinite { return "\(lo)\(unit) or more" }
        if span.lowerBound == 0 { return "up to \(hi)\(unit)" }
        return "\(lo) to \(hi)\(unit)"
    }
}
