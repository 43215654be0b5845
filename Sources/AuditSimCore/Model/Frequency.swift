/// How often something happens: the common currency of documented frequencies
/// ("access reviews are quarterly"), observed cadence in the records, and what people say.
public struct Frequency: Hashable, Sendable, CustomStringConvertible {
    public enum Label: String, Sendable, CaseIterable, Codable {
        case continuous, daily, weekly, fortnightly, monthly, bimonthly, quarterly
        case semiannual, annual
        case adHoc = "ad-hoc"
        case never
        case everyNDays = "every-n-days"
    }

    public let label: Label
    /// The nominal interval in days; nil for ad hoc and never, 0 for continuous.
    public let days: Int?

    public init(_ label: Label) {
        self.label = label
        self.days = Frequency.nominalDays[label] ?? nil
    }

    /// An interval of `days`; snaps to a named frequency when it is one.
    public init(everyDays days: Int) {
        let named = Frequency.nominalDays.first(where: { $0.value == days })?.key
        self.label = named ?? .everyNDays
        self.days = named == nil ? max(days, 0) : Frequency.nominalDays[named!] ?? nil
    }

    public static let continuous = Frequency(.continuous)
    public static let daily = Frequency(.daily)
    public static let weekly = Frequency(.weekly)
    public static let fortnightly = Frequency(.fortnightly)
    public static let monthly = Frequency(.monthly)
    public static let bimonthly = Frequency(.bimonthly)
    public static let quarterly = Frequency(.quarterly)
    public static let semiannual = Frequency(.semiannual)
    public static let annual = Frequency(.annual)
    public static let adHoc = Frequency(.adHoc)
    public static let never = Frequency(.never)

    static let nominalDays: [Label: Int?] = [
        .continuous: 0, .daily: 1, .weekly: 7, .fortnightly: 14, .monthly: 30,
        .bimonthly: 61, .quarterly: 91, .semiannual: 182, .annual: 365,
        .adHoc: nil, .never: nil,
    ]

    /// Named periodic frequencies from most to least often: the ladder used to say
    /// "one step off".
    public static let ladder: [Frequency] = [
        .daily, .weekly, .fortnightly, .monthly, .bimonthly, .quarterly, .semiannual, .annual,
    ]

    /// The nearest named rung for an interval, by ratio (so 100 days is quarterly, 150 is
    /// nearer semi-annual than quarterly).
    public static func nearestRung(toDays days: Double) -> Frequency {
        guard days > 0 else { return .continuous }
        return ladder.min(by: {
            abs(log(Double($0.days!) / days)) < abs(log(Double($1.days!) / days))
        })!
    }

    /// Position on the ladder (fractional for every-N-days); nil for non-periodic.
    public var rung: Double? {
        guard let days, days > 0 else { return label == .continuous ? -1 : nil }
        if let i = Frequency.ladder.firstIndex(of: self) { return Double(i) }
        let nearest = Frequency.nearestRung(toDays: Double(days))
        return Double(Frequency.ladder.firstIndex(of: nearest)!)
    }

    /// Plain words for messages: "quarterly", "every 10 days", "ad hoc".
    public var description: String {
        switch label {
        case .everyNDays: return "every \(days ?? 0) days"
        case .adHoc: return "ad hoc"
        case .semiannual: return "twice a year"
        case .bimonthly: return "every two months"
        default: return label.rawValue
        }
    }

    /// The longest interval a frequency may have: a hundred years. Longer ones are typing
    /// mistakes, and would overflow the arithmetic that lays periods over the audit window.
    public static let longestInterval = 36_525

    /// Parses the canonical spellings used in data files: the labels, `every-N-days`,
    /// `every N days|weeks|months`, N a whole number from 1 up to a hundred years' worth.
    public init?(token: String) {
        guard case let .success(f) = Frequency.parse(token: token) else { return nil }
        self = f
    }

    /// As `init?(token:)`, or why the token is not a frequency, for a located message.
    public static func parse(token: String) -> Result<Frequency, FrequencyProblem> {
        let t = token.trimmingCharacters(in: .whitespaces).lowercased()
        if let label = Label(rawValue: t), label != .everyNDays { return .success(Frequency(label)) }
        let aliases: [String: Label] = [
            "semi-annual": .semiannual, "half-yearly": .semiannual, "yearly": .annual,
            "annually": .annual, "bi-monthly": .bimonthly, "adhoc": .adHoc, "ad hoc": .adHoc,
        ]
        if let label = aliases[t] { return .success(Frequency(label)) }
        // `every-10-days` or `every 10 days`; a minus sign is never a separator ("every -3 days").
        let words = t.hasPrefix("every-") ? t.split(separator: "-", omittingEmptySubsequences: false)
            : t.split(separator: " ")
        guard words.count == 3, words[0] == "every" else { return .failure(.notAFrequency) }
        let unit: Int
        switch words[2] {
        case "day", "days": unit = 1
        case "week", "weeks": unit = 7
        case "month", "months": unit = 30
        default: return .failure(.notAFrequency)
        }
        let digits = words[1]
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(digits.hasPrefix("-") || digits.hasPrefix("+") ? .notPositive : .notAFrequency)
        }
        guard let n = Int(digits), n <= longestInterval else { return .failure(.tooLong) }
        guard n > 0 else { return .failure(.notPositive) }
        let days = unit == 30 ? Int((Double(n) * 30.44).rounded()) : n * unit
        guard days <= longestInterval else { return .failure(.tooLong) }
        return .success(Frequency(everyDays: days))
    }

    /// Why a data file's frequency was refused.
    public enum FrequencyProblem: Error, Sendable, Equatable {
        /// Not one of the spellings at all.
        case notAFrequency
        /// `every 0 days`, `every -3 days`.
        case notPositive
        /// Longer than `longestInterval` days.
        case tooLong

        public func message(for text: String) -> String {
            switch self {
            case .notAFrequency: "'\(text)' is not a frequency (daily, weekly, monthly, quarterly, every 10 days …)"
            case .notPositive: "'\(text)': the interval must be a whole number of at least 1"
            case .tooLong: "'\(text)' is longer than the longest interval auditsim reads (\(Frequency.longestInterval) days, a hundred years)"
            }
        }
    }
}

import Foundation
