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

    /// Parses the canonical spellings used in data files: the labels, `every-N-days`,
    /// `every N days|weeks|months`.
    public init?(token: String) {
        let t = token.trimmingCharacters(in: .whitespaces).lowercased()
        if let label = Label(rawValue: t), label != .everyNDays {
            self.init(label)
            return
        }
        let aliases: [String: Label] = [
            "semi-annual": .semiannual, "half-yearly": .semiannual, "yearly": .annual,
            "annually": .annual, "bi-monthly": .bimonthly, "adhoc": .adHoc, "ad hoc": .adHoc,
        ]
        if let label = aliases[t] {
            self.init(label)
            return
        }
        let words = t.replacingOccurrences(of: "-", with: " ").split(separator: " ")
        guard words.count == 3, words[0] == "every", let n = Int(words[1]), n > 0 else { return nil }
        switch words[2] {
        case "day", "days": self.init(everyDays: n)
        case "week", "weeks": self.init(everyDays: n * 7)
        case "month", "months": self.init(everyDays: Int((Double(n) * 30.44).rounded()))
        default: return nil
        }
    }
}

import Foundation
