import Foundation

/// Reads how often something happens: "quarterly", "every other month", "four times a year",
/// "each business day", "24/7", "whenever there's a change", "not yet". When the speaker
/// gives the rule and then the practice, the practice counts.
enum FrequencyInterpreter {
    /// Every frequency mentioned, split into those said and those denied ("not monthly").
    static func mentions(in answer: NormalizedAnswer) -> (said: [Candidate<Frequency>], denied: [Candidate<Frequency>]) {
        var said: [Candidate<Frequency>] = []
        var denied: [Candidate<Frequency>] = []
        var i = 0
        while i < answer.count {
            guard let (frequency, length) = candidate(in: answer, at: i) else { i += 1; continue }
            let c = Candidate(start: i, end: i + length, value: frequency)
            if Negation.isNegated(answer, at: i) { denied.append(c) } else { said.append(c) }
            i += length
        }
        return (said, denied)
    }

    static func read(_ answer: NormalizedAnswer) -> Reading {
        let (positive, negated) = mentions(in: answer)
        if positive.isEmpty, let hit = neverPhrases.scan(answer).first {
            return Reading(.frequency(.never), "never (said \"\(answer.quote(hit.start, hit.end))\")")
        }
        // "Quarterly on paper, but it has not been done since March": not happening is a
        // practice too, and it beats the rule the speaker named.
        let candidates = (positive + notDone(in: answer, besides: positive)).sorted { $0.start < $1.start }
        if let (now, before) = currentPractice(candidates, in: answer) {
            return Reading(.frequency(now.value), describe(now.value) + " now; formerly \(describe(before.value))")
        }
        guard let selection = RuleAndPractice.select(candidates, in: answer) else {
            if let n = negated.first {
                return Reading(nil, "Only heard what the frequency is not (\"\(answer.quote(n.start, n.end))\")")
            }
            // "Every two": two what? An auditor asks.
            for i in answer.words.indices where ["every", "each"].contains(answer.words[i]) {
                if let n = NumberWords.read(answer, at: i + 1), n.value > 1, n.value < 100,
                   answer.word(i + 1 + n.length).map({ unitDays[$0] == nil }) ?? true {
                    let said = SpokenShares.spell(n.value)
                    return Reading(nil, "Heard \"every \(said)\" without a unit",
                                   confirm: "Every \(said) weeks, or every \(said) months?")
                }
            }
            if let (f, months) = monthsApart(answer) {
                return Reading(.frequency(f), "\(describe(f)), from the months named (\(months))")
            }
            // "Before every release": driven by events, unless an interval is given for them.
            if let hit = eventDriven.scan(answer).first {
                return Reading(.frequency(.adHoc), "ad hoc, when something happens (\"\(answer.quote(hit.start, hit.end))\")")
            }
            return Reading(nil, "No frequency recognised in \"\(answer.quote(0, min(answer.count, 12)))\"")
        }
        var summary = describe(selection.chosen.value)
        if let rule = selection.rule {
            summary += " in practice; the stated rule is \(describe(rule.value))"
        }
        if !selection.others.isEmpty {
            summary += "; also mentioned " + selection.others.map { describe($0.value) }.joined(separator: ", ")
        }
        return Reading(.frequency(selection.chosen.value), summary)
    }

    static func describe(_ f: Frequency) -> String {
        switch f.label {
        case .continuous: return "continuous (always on)"
        case .adHoc: return "ad hoc (when needed, no fixed interval)"
        case .never: return "never"
        case .everyNDays: return "every \(f.days ?? 0) days"
        case .daily: return "daily (every day)"
        case .semiannual: return "semi-annual (every \(f.days ?? 0) days)"
        default: return "\(f.label.rawValue) (every \(f.days ?? 0) days)"
        }
    }

    // MARK: Candidates

    private static func candidate(in answer: NormalizedAnswer, at i: Int) -> (Frequency, Int)? {
        let options = [every(answer, at: i), timesPer(answer, at: i), practiceCount(answer, at: i), restated(answer, at: i),
                       multiple(answer, at: i), named.match(in: answer, at: i).map { ($0.value, $0.length) }]
        return options.compactMap { $0 }.max { $0.1 < $1.1 }
    }

    private static let named: PhraseTable<Frequency> = {
        var entries: [(String, Frequency)] = []
        func add(_ f: Frequency, _ phrases: [String]) { entries += phrases.map { ($0, f) } }
        add(.continuous, ["continuous", "continuously", "continual", "continually", "constantly",
                          "constant", "real time", "realtime", "all the time", "24/7", "around the clock",
                          "round the clock", "24 x7", "always on", "non stop", "nonstop", "at all times"])
        add(.daily, ["daily", "everyday", "nightly", "every night", "each night", "every evening",
                     "every morning", "each morning", "every business day", "each business day",
                     "every working day", "each working day", "every weekday", "each weekday",
                     "on weekdays", "hourly", "every hour", "day by day"])
        add(.weekly, ["weekly", "every weekend", "each weekend", "week by week", "per week"])
        add(.fortnightly, ["fortnightly", "biweekly", "bi weekly", "twice monthly", "semi monthly"])
        add(.monthly, ["monthly", "month end", "of every month", "of each month", "of the month",
                       "month by month", "per month"])
        add(.bimonthly, ["bimonthly", "bi monthly", "alternate months", "every couple of months"])
        add(.quarterly, ["quarterly", "quarter end", "of every quarter", "of each quarter", "of the quarter",
                         "per quarter", "quarter by quarter"])
        add(.semiannual, ["semiannual", "semi annual", "semiannually", "semi annually", "half yearly",
                          "biannual", "biannually", "bi annual", "bi annually", "twice yearly",
                          "twice annually", "every half year", "each half year"])
        add(.annual, ["annual", "annually", "yearly", "year end", "of every year", "of each year",
                      "per annum", "once yearly"])
        add(.adHoc, ["ad hoc", "adhoc", "as needed", "as and when", "when needed", "if needed",
                     "on demand", "as required", "when required", "if required", "whenever",
                     "when there's a change", "when there is a change", "when something changes",
                     "once in a blue moon", "every now and again", "every so often",
                     "when someone", "when somebody", "when anyone", "when a new", "when we get a",
                     "when we get an", "each time someone", "every time someone", "when it happens",
                     "when things change", "on request", "upon request", "when requested",
                     "case by case", "when necessary", "as necessary", "if necessary", "irregularly",
                     "irregular", "no fixed schedule", "no set schedule", "no schedule",
                     "not on a schedule", "not scheduled", "event driven", "triggered", "reactively",
                     "when it's needed", "now and then", "from time to time", "occasionally",
                     "sporadically", "when prompted", "after every change", "after each change",
                     "with every change", "every time", "each time", "when we have time",
                     "when it's required", "as it comes up", "when it comes up",
                     "don't have a fixed schedule", "do not have a fixed schedule",
                     "don't have a set schedule", "not on a fixed schedule", "no regular schedule",
                     "no fixed frequency", "no set frequency", "not regularly", "not on a regular basis"])
        return PhraseTable(entries)
    }()

    private static let neverPhrases = PhraseTable(true, [
        "never", "not yet", "not ever", "haven't", "have not", "hasn't", "has not", "don't",
        "do not", "doesn't", "does not", "didn't", "did not", "not done", "none", "no", "nope",
        "not at all", "nothing yet", "not started", "not in place", "not been done", "no one has",
    ])

    /// Statements that the activity has not happened, read beside named frequencies:
    /// "has not been done since March", "we have not completed one since April", "never done",
    /// a bare "Never" or "Not yet" clause, "nothing since". Narrower than `neverPhrases`, so
    /// "monthly, no exceptions" or "weekly, but we didn't in August" keep their frequency.
    private static func notDone(in answer: NormalizedAnswer, besides said: [Candidate<Frequency>]) -> [Candidate<Frequency>] {
        let leads: [[String]] = [["haven't"], ["hasn't"], ["hadn't"], ["have", "not"], ["has", "not"], ["had", "not"], ["never"]]
        let fillers: Set<String> = ["yet", "ever", "actually", "really", "been", "even", "properly", "fully"]
        let verbs: Set<String> = ["done", "run", "completed", "happened", "held", "performed", "carried", "conducted",
                                  "taken", "started", "occurred"]
        let standalone: [[String]] = [["never"], ["not", "yet"], ["never", "so", "far"], ["not", "yet", "so", "far"],
                                      ["nothing", "since"], ["none", "since"], ["none", "so", "far"], ["nothing", "so", "far"]]
        var out: [Candidate<Frequency>] = []
        var i = 0
        while i < answer.count {
            if said.contains(where: { $0.start <= i && i < $0.end }) { i += 1; continue }
            var end: Int?
            for lead in leads where answer.matches(lead, at: i) {
                var j = i + lead.count
                while let w = answer.word(j), fillers.contains(w), j < i + lead.count + 2 { j += 1 }
                if let w = answer.word(j), verbs.contains(w) { end = j + 1; break }
            }
            if end == nil {
                // The whole clause says it: "Never - the monthly review has not run yet."
                for phrase in standalone where answer.matches(phrase, at: i) {
                    let last = i + phrase.count - 1
                    let opens = i == 0 || answer.clauses[i - 1] != answer.clauses[i]
                    let closes = last + 1 >= answer.count || answer.clauses[last + 1] != answer.clauses[last]
                    if opens, closes || phrase.first != "never" && phrase.first != "not" { end = last + 1 }
                }
            }
            if let e = end {
                out.append(Candidate(start: i, end: e, value: .never))
                i = e
            } else {
                i += 1
            }
        }
        return out
    }

    /// Cadences set by events rather than the calendar.
    private static let eventDriven = PhraseTable(true, [
        "every release", "each release", "every deployment", "each deployment", "every new starter", "each new starter",
        "every project", "each project", "every new supplier", "each new supplier", "every go live", "each go live",
    ])

    /// Interval units in days; months and years are handled separately to land on the ladder.
    private static let unitDays: [String: Double] = [
        "hour": 1.0 / 24, "hours": 1.0 / 24, "day": 1, "days": 1, "night": 1, "nights": 1,
        "week": 7, "weeks": 7, "fortnight": 14, "fortnights": 14, "month": 30.4375,
        "months": 30.4375, "quarter": 91.3125, "quarters": 91.3125, "year": 365, "years": 365,
    ]
    private static let adverbUnits: [String: String] = [
        "daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
        "yearly": "year", "annually": "year",
    ]
    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    private static let pastMarkers: Set<String> = [
        "used", "previously", "was", "were", "before", "until", "till", "moved", "switched", "changed", "formerly",
        "originally", "went", "gone", "past",
    ]
    private static let presentMarkers: [[String]] = [
        ["now"], ["nowadays"], ["these", "days"], ["since"], ["currently"], ["from", "now", "on"], ["to"], ["today"],
    ]

    /// "We used to do them quarterly; since January it's every month": what people did
    /// before is history, the practice is what they do now.
    private static func currentPractice(_ candidates: [Candidate<Frequency>], in answer: NormalizedAnswer)
        -> (Candidate<Frequency>, Candidate<Frequency>)? {
        guard candidates.count >= 2, Set(candidates.map(\.value)).count >= 2 else { return nil }
        // A frequency said in the past tense ("we used to do it monthly", "quarterly before")
        // is history; if what is left is one frequency, that is the practice.
        let pastBefore: Set<String> = ["used", "previously", "formerly", "originally", "was", "were", "had"]
        let pastAfter: [[String]] = [["before"], ["previously"], ["in", "the", "past"], ["until"], ["till"], ["originally"]]
        let isPast = { (c: Candidate<Frequency>) -> Bool in
            let from = max(0, c.start - 5)
            let before = (from..<c.start).contains { k in
                answer.clauses[k] == answer.clauses[c.start] && pastBefore.contains(answer.words[k])
                    && !(k + 1..<c.start).contains { ["now", "since", "currently", "nowadays"].contains(answer.words[$0]) }
            }
            let after = pastAfter.contains { answer.matches($0, at: c.end) }
            return before || after
        }
        let current = candidates.filter { !isPast($0) }
        if let now = current.first, Set(current.map(\.value)).count == 1, current.count < candidates.count,
           let before = candidates.first(where: { isPast($0) && $0.value != now.value }) {
            return (now, before)
        }
        guard let past = answer.words.firstIndex(where: pastMarkers.contains) else { return nil }
        var best: (Candidate<Frequency>, Candidate<Frequency>)?
        for i in answer.words.indices where i > past || answer.words[i] == "since" {
            guard let marker = presentMarkers.first(where: { answer.matches($0, at: i) }) else { continue }
            // "to" marks the new practice only in "from X to Y".
            if marker == ["to"], !answer.words[..<i].contains("from") { continue }
            guard let now = candidates.first(where: { $0.start >= i + marker.count }),
                  let before = candidates.last(where: { $0.end <= i && $0.value != now.value })
                    ?? candidates.first(where: { $0.value != now.value && $0.start > now.start }) else { continue }
            best = (now, before)
        }
        return best
    }

    private static let monthNames: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// "We did it in March and again in September": the spacing of the months named.
    private static func monthsApart(_ answer: NormalizedAnswer) -> (Frequency, String)? {
        // "may" and "march" are months only when written as names.
        let indices = answer.words.indices.filter { i in
            monthNames[answer.words[i]] != nil
                && (!["may", "march"].contains(answer.words[i]) || answer.raw[i].first?.isUppercase == true)
        }
        let named = indices.map { monthNames[answer.words[$0]]! }
        guard named.count >= 2, named.count <= 12 else { return nil }
        var gaps: [Int] = []
        for (a, b) in zip(named, named.dropFirst()) { gaps.append((b - a + 12) % 12) }
        if named.count >= 3 { gaps.append((named[0] - named[named.count - 1] + 12) % 12) }
        guard gaps.allSatisfy({ $0 > 0 }) else { return nil }
        let mean = Double(gaps.reduce(0, +)) / Double(gaps.count)
        let rounded = mean.rounded()
        guard abs(mean - rounded) < 0.5 else { return nil }
        let names = indices.map { answer.words[$0].prefix(1).uppercased() + answer.words[$0].dropFirst() }
        guard let frequency = interval(rounded, "months") else { return nil }
        return (frequency, names.joined(separator: ", "))
    }

    private static let partsOfDay: Set<String> = ["mornings", "afternoons", "evenings", "nights", "lunchtimes"]

    /// "Six-monthly", "three-monthly", "four-weekly": a count of the unit an adverb names.
    private static func multiple(_ answer: NormalizedAnswer, at i: Int) -> (Frequency, Int)? {
        guard let n = NumberWords.read(answer, at: i), n.value > 1, let adverb = answer.word(i + n.length),
              let unit = adverbUnits[adverb], unit != "quarter", let f = interval(n.value, unit) else { return nil }
        return (f, n.length + 1)
    }

    /// "every N units", "every other week", "every Monday", "once every two years".
    private static func every(_ answer: NormalizedAnswer, at i: Int) -> (Frequency, Int)? {
        if let w = answer.word(i), w.hasSuffix("s"), weekdays.contains(String(w.dropLast())) {
            return (.weekly, 1)  // "Mondays"
        }
        if let w = answer.word(i), weekdays.contains(w), let next = answer.word(i + 1), partsOfDay.contains(next) {
            return (.weekly, 2)  // "Friday afternoons"
        }
        var j = i
        if answer.word(j) == "once" { j += 1 }
        guard let w = answer.word(j), w == "every" || w == "each" || w == "on" else { return nil }
        j += 1
        if let day = answer.word(j), weekdays.contains(day) || (w == "on" && day.hasSuffix("s") && weekdays.contains(String(day.dropLast()))) {
            return (.weekly, j + 1 - i)
        }
        guard w != "on" else { return nil }
        var count = 1.0
        if answer.word(j) == "other" || answer.word(j) == "second" || answer.word(j) == "alternate" {
            count = 2; j += 1
            if let day = answer.word(j), weekdays.contains(day), let f = interval(2, "weeks") {
                return (f, j + 1 - i)  // "every other Tuesday"
            }
        } else if answer.matches(["couple", "of"], at: j) {
            count = 2; j += 2
        } else if let w = answer.word(j), w.contains("-"),
                  case let ends = w.split(separator: "-").compactMap({ NumberWords.digits(String($0)) }), ends.count == 2 {
            count = (ends[0] + ends[1]) / 2; j += 1  // "every 2-3 weeks"
        } else if let n = NumberWords.read(answer, at: j) {
            count = n.value; j += n.length
            if let sep = answer.word(j), sep == "to" || sep == "or", let m = NumberWords.read(answer, at: j + 1) {
                count = (count + m.value) / 2; j += 1 + m.length
            }
        }
        if answer.word(j) == "business" || answer.word(j) == "working" { j += 1 }
        guard let unit = answer.word(j), unitDays[unit] != nil, count > 0, let f = interval(count, unit) else { return nil }
        return (f, j + 1 - i)
    }

    /// "Every sprint, so two weeks", "at each release, which is about monthly": a cadence named
    /// by the team's own rhythm and then restated as an interval.
    private static func restated(_ answer: NormalizedAnswer, at i: Int) -> (Frequency, Int)? {
        guard let lead = [["so"], ["that's"], ["thats"], ["which", "is"], ["ie"], ["that", "is"]].first(where: { answer.matches($0, at: i) })
        else { return nil }
        var j = i + lead.count
        while let w = answer.word(j), ["every", "about", "roughly", "around", "basically", "once"].contains(w) { j += 1 }
        guard let n = NumberWords.read(answer, at: j), let unit = answer.word(j + n.length), unitDays[unit] != nil,
              n.value > 0, let f = interval(n.value, unit) else { return nil }
        return (f, j + n.length + 1 - i)
    }

    /// "four times a year", "twice a month", "once a quarter", "3 times per week".
    private static func timesPer(_ answer: NormalizedAnswer, at i: Int) -> (Frequency, Int)? {
        var j = i
        var times: Double
        switch answer.word(j) {
        case "once": times = 1; j += 1
        case "twice": times = 2; j += 1
        case "thrice": times = 3; j += 1
        case "a" where answer.matches(["a", "couple", "of", "times"], at: j): times = 2; j += 4
        case "a" where answer.matches(["a", "few", "times"], at: j): times = 3; j += 3
        default:
            guard let n = NumberWords.read(answer, at: j), let t = answer.word(j + n.length),
                  t == "times" || t == "x" else { return nil }
            times = n.value; j += n.length + 1
        }
        if let adverb = answer.word(j), let unit = adverbUnits[adverb] {
            return perPeriod(times, unit).map { ($0, j + 1 - i) }
        }
        if answer.matches(["in", "a"], at: j) { j += 2 } else if let w = answer.word(j),
            ["a", "an", "per", "each", "every"].contains(w) { j += 1 } else { return nil }
        guard let unit = answer.word(j), unitDays[unit] != nil, times > 0, let f = perPeriod(times, unit) else { return nil }
        return (f, j + 1 - i)
    }

    /// "quarterly, although last year we only managed two": a count of occurrences in a year.
    private static func practiceCount(_ answer: NormalizedAnswer, at i: Int) -> (Frequency, Int)? {
        let verbs: Set<String> = ["managed", "did", "done", "ran", "held", "had", "completed",
                                  "performed", "conducted", "only"]
        guard let verb = answer.word(i), verbs.contains(verb),
              answer.words.contains(where: { $0 == "year" || ($0.count == 4 && NumberWords.digits($0) != nil) })
        else { return nil }
        var j = i + 1
        while let w = answer.word(j), ["only", "about", "around", "just"].contains(w) { j += 1 }
        let zero: Set<String> = ["none", "zero", "nothing"]
        let n: Double
        if let w = answer.word(j), zero.contains(w) { n = 0; j += 1 } else {
            guard let r = NumberWords.read(answer, at: j), r.value < 400 else { return nil }
            n = r.value; j += r.length
        }
        if let next = answer.word(j), next == "times" || next == "of" || next == "reviews" || next == "tests" { j += 1 }
        if let next = answer.word(j), unitDays[next] != nil { return nil }  // "did 2 days"
        guard let f = n == 0 ? .never : perPeriod(n, "year") else { return nil }
        return (f, j - i)
    }

    // MARK: Arithmetic

    /// An interval of `count` units, landing on named rungs where people mean them
    /// ("every six months" is semi-annual, not every 183 days); nil beyond
    /// `Frequency.longestInterval`.
    static func interval(_ count: Double, _ unit: String) -> Frequency? {
        let singular = unit.hasSuffix("s") ? String(unit.dropLast()) : unit
        switch singular {
        case "month":
            let named: [Double: Frequency] = [1: .monthly, 2: .bimonthly, 3: .quarterly, 6: .semiannual, 12: .annual]
            if let f = named[count] { return f }
        case "quarter":
            let named: [Double: Frequency] = [1: .quarterly, 2: .semiannual, 4: .annual]
            if let f = named[count] { return f }
        case "year":
            if count == 1 { return .annual }
        case "hour":
            return .daily  // more often than daily still meets a daily requirement
        default: break
        }
        let days = count * (unitDays[unit] ?? 1)
        guard days <= Double(Frequency.longestInterval) else { return nil }
        return days < 1 ? .daily : Frequency(everyDays: Int(days.rounded()))
    }

    /// `times` occurrences per unit, snapped to the ladder ("four times a year" is quarterly).
    static func perPeriod(_ times: Double, _ unit: String) -> Frequency? {
        let perYear = times * 365.25 / (unitDays[unit] ?? 365.25)
        let named: [(Double, Frequency)] = [(1, .annual), (2, .semiannual), (4, .quarterly), (6, .bimonthly),
                                            (12, .monthly), (24, .fortnightly), (26, .fortnightly),
                                            (52, .weekly), (365, .daily)]
        if let hit = named.first(where: { abs($0.0 - perYear) / $0.0 < 0.03 }) { return hit.1 }
        if perYear >= 365 { return .daily }
        let days = 365.25 / perYear
        guard days <= Double(Frequency.longestInterval) else { return nil }
        return Frequency(everyDays: Int(days.rounded()))
    }
}
