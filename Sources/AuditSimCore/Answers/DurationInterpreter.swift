/// Reads how long something takes or may take, in hours, so it compares directly with a
/// policy limit: "within 24 hours", "two working days", "a fortnight", "90 minutes",
/// "an hour and a half", "immediately", "by the next business day".
///
/// Conventions (limits are upper bounds, measured as elapsed time):
/// - a working or business day counts as 24 hours, but the explanation says "working days";
/// - "immediately", "straight away", "at once" are 0 hours;
/// - "the same day", "by end of day", "overnight" are up to 24 hours;
/// - "by the next business day", "next day", "by tomorrow" are up to 48 hours;
/// - a range ("1-2 days", "a day or two") counts at its upper end, the promise being made.
enum DurationInterpreter {
    private static let unitHours: [String: Double] = [
        "second": 1.0 / 3600, "seconds": 1.0 / 3600, "sec": 1.0 / 3600, "secs": 1.0 / 3600,
        "minute": 1.0 / 60, "minutes": 1.0 / 60, "min": 1.0 / 60, "mins": 1.0 / 60, "m": 1.0 / 60,
        "hour": 1, "hours": 1, "hr": 1, "hrs": 1, "h": 1, "day": 24, "days": 24, "d": 24,
        "week": 168, "weeks": 168, "wk": 168, "wks": 168, "fortnight": 336, "fortnights": 336,
        "month": 730.5, "months": 730.5, "year": 8766, "years": 8766,
    ]

    private static let fixed: PhraseTable<(Double, String)> = {
        var entries: [(String, (Double, String))] = []
        func add(_ hours: Double, _ label: String, _ phrases: [String]) { entries += phrases.map { ($0, (hours, label)) } }
        add(0, "immediately (0 hours)", ["immediately", "straight away", "straightaway", "right away",
                                        "at once", "instantly", "instantaneously", "asap",
                                        "as soon as possible", "without delay", "there and then",
                                        "in real time", "real time"])
        add(24, "the same day (up to 24 hours)", ["same day", "the same day", "same business day",
                                                "same working day", "within the day", "end of day",
                                                "end of the day", "close of business", "eod", "cob",
                                                "overnight", "by tonight", "end of the last day", "end of their last day",
                                                "end of the leaving day", "end of the working day", "that evening",
                                                "the evening of their last day", "on their last day", "on the last day",
                                                "before they leave the building", "before they leave",
                                                "by the time they walk out the door", "as they walk out the door",
                                                "before they walk out"])
        add(48, "by the next business day (up to 48 hours)", [
            "next business day", "next working day", "next day", "the following day", "next morning",
            "the next morning", "first thing the next day", "following morning",
            "by tomorrow", "the day after", "following business day", "following working day"])
        add(1, "within the hour (up to 1 hour)", ["within the hour", "within an hour"])
        add(168, "by the end of the week (up to 168 hours)", ["end of the week", "end of week"])
        return PhraseTable(entries)
    }()

    static func read(_ answer: NormalizedAnswer) -> Reading {
        var candidates: [Candidate<Double>] = []
        var labels: [Int: String] = [:]
        var bareNumber: Int?
        var i = 0
        while i < answer.count {
            if let m = measured(answer, at: i) {
                if let last = candidates.last, labels[last.start] == nil, last.end < i,
                   isRange(Array(answer.words[last.end..<i]), between: answer.word(last.start - 1) == "between") {
                    // "anywhere from an hour to three days": a range, promised at its upper end
                    candidates[candidates.count - 1] = Candidate(start: last.start, end: i + m.length, value: max(last.value, m.hours))
                } else if let last = candidates.last, last.end == i || (last.end + 1 == i && answer.word(last.end) == "and"),
                   labels[last.start] == nil {
                    // "1 hour 30 minutes", "2 hours and 15 minutes"
                    candidates[candidates.count - 1] = Candidate(start: last.start, end: i + m.length, value: last.value + m.hours)
                } else {
                    candidates.append(Candidate(start: i, end: i + m.length, value: m.hours))
                }
                i += m.length
            } else if let hit = fixed.match(in: answer, at: i) {
                candidates.append(Candidate(start: i, end: hit.end, value: hit.value.0))
                labels[i] = hit.value.1
                i = hit.end
            } else {
                if bareNumber == nil, NumberWords.read(answer, at: i) != nil { bareNumber = i }
                i += 1
            }
        }
        candidates.removeAll { Negation.isNegated(answer, at: $0.start, window: 2) }
        guard let selection = RuleAndPractice.select(candidates, in: answer) else {
            if let b = bareNumber, let n = NumberWords.read(answer, at: b) {
                let said = SpokenShares.spell(n.value)
                return Reading(nil, "Heard a number without a unit (\"\(answer.quote(b, b + n.length))\")",
                               confirm: "\(said.prefix(1).uppercased() + said.dropFirst()) hours, or \(said) days?")
            }
            return Reading(nil, "No duration recognised in \"\(answer.quote(0, min(answer.count, 12)))\"")
        }
        func describe(_ c: Candidate<Double>) -> String {
            if let label = labels[c.start] { return label }
            let phrase = answer.quote(c.start, c.end)
            let working = answer.words[c.start..<c.end].contains { $0 == "working" || $0 == "business" }
            let note = working ? " (a working day counts as 24 hours)" : ""
            return "\(hoursText(c.value)), from \"\(phrase)\"\(note)"
        }
        var summary = describe(selection.chosen)
        if let rule = selection.rule { summary += " in practice; the stated target is \(describe(rule))" }
        return Reading(.duration(hours: selection.chosen.value), summary)
    }

    /// The words between two durations that make them a range's ends.
    private static func isRange(_ gap: [String], between: Bool) -> Bool {
        gap == ["to"] || gap == ["or"] || gap == ["up", "to"] || gap == ["and"] && between
    }

    static func hoursText(_ h: Double) -> String {
        let rounded = (h * 100).rounded() / 100
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return rounded == 1 ? "1 hour" : "\(text) hours"
    }

    /// A count with a unit: "48 hrs", "two working days", "half an hour", "1-2 days",
    /// "a day or two", "an hour and a half", "a couple of days".
    private static func measured(_ answer: NormalizedAnswer, at i: Int) -> (hours: Double, length: Int)? {
        var j = i
        var count: Double
        if answer.matches(["half", "an"], at: j) || answer.matches(["half", "a"], at: j) {
            count = 0.5; j += 2
        } else if answer.matches(["a", "couple", "of"], at: j) {
            count = 2; j += 3
        } else if answer.matches(["a", "few"], at: j) || answer.word(j) == "several" {
            count = answer.word(j) == "several" ? 4 : 3; j += answer.word(j) == "several" ? 1 : 2
        } else if let w = answer.word(j), w == "a" || w == "an", NumberWords.read(answer, at: j) == nil {
            count = 1; j += 1
        } else if answer.word(j) == "the", let lead = answer.word(j - 1), ["within", "inside", "under"].contains(lead) {
            count = 1; j += 1  // "within the fortnight"
        } else if let w = answer.word(j), w.contains("-"), case let ends = w.split(separator: "-").compactMap({ NumberWords.digits(String($0)) }), ends.count == 2 {
            count = max(ends[0], ends[1]); j += 1
        } else if let r = NumberWords.read(answer, at: j) {
            count = r.value; j += r.length
            if let sep = answer.word(j), sep == "to" || sep == "or", let m = NumberWords.read(answer, at: j + 1) {
                count = max(count, m.value); j += 1 + m.length
            }
        } else { return nil }
        while let w = answer.word(j), ["working", "business", "calendar", "full", "whole", "clock"].contains(w) { j += 1 }
        guard let unit = answer.word(j), let per = unitHours[unit] else { return nil }
        j += 1
        if answer.matches(["and", "a", "half"], at: j) { count += 0.5; j += 3 }
        if answer.word(j) == "or", let m = NumberWords.read(answer, at: j + 1) {  // "a day or two"
            count = max(count, m.value); j += 1 + m.length
        }
        return (count * per, j - i)
    }
}
