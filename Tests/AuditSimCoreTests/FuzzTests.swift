import Foundation
import Testing
@testable import AuditSimCore

/// Seeded fuzzing of the answer interpreters and the YAML and CSV loaders (`make fuzz`).
/// Each target runs for AUDITSIM_FUZZ_SECONDS (2 s in an ordinary `swift test`); every
/// input is rebuilt from (AUDITSIM_FUZZ_SEED, iteration), so a failure names what to
/// replay. Properties: nothing crashes or hangs, every problem is a diagnostic with a
/// message, interpretation is deterministic, the CSV reader agrees with CSV.swift.
@Suite("Fuzz")
struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let budget = Duration.seconds(Double(environment["AUDITSIM_FUZZ_SECONDS"] ?? "") ?? 2)
    static let seed = UInt64(environment["AUDITSIM_FUZZ_SEED"] ?? "") ?? 20_261_116

    /// Runs `body` with a fresh generator per iteration until the budget is spent.
    static func run(_ name: String, _ body: (inout SplitMix64, Int) throws -> Void) rethrows {
        let clock = ContinuousClock(), start = clock.now
        var iteration = 0
        while clock.now - start < budget {
            var random = SplitMix64(seed: seed &+ UInt64(iteration) &* 0x9E37_79B9_7F4A_7C15)
            let began = clock.now
            try body(&random, iteration)
            #expect(clock.now - began < .seconds(10), "\(name) iteration \(iteration) (seed \(seed)) took \(clock.now - began)")
            iteration += 1
        }
        print("fuzz \(name): \(iteration) inputs in \(clock.now - start), seed \(seed)")
    }

    static func pick<T>(_ items: [T], _ random: inout SplitMix64) -> T { items[Int(random.next() % UInt64(items.count))] }

    static let tokens: [String] = [
        ":", ": ", "- ", "\n", "\t", "\"", "'", "&a ", "*a", "[", "]", "{", "}", ",", "#", "|", ">-", "? ", "!!str ",
        "%YAML 1.1\n", "---\n", "...\n", "\u{FEFF}", "\r\n", "\r", "\0", "\u{1B}[2J", "2026-02-30", "30/02/2026", "yes", "null",
        "~", "99999999999999999999", "-1", "1e309", "../", "/etc/passwd", "é", "🙂", "\u{202E}", "\u{0301}", "\"\"", " ",
        // Issue 15: numbers of 19 digits and more, intervals and durations at the edge, dates at
        // the calendar's ends, combining-mark runs, NUL and CR, bidi isolates.
        "9223372036854775807", "9223372036854775808", "18446744073709551616", "100000000000000000000000",
        "every 9223372036854775807 weeks", "every -3 days", "every 1000000000000000000 months", "1e308w", "infh", "nanw",
        "0001-01-01", "9999-12-31", "a" + String(repeating: "\u{0301}", count: 300), "\u{0}\u{0}", "\r\r", "\u{2066}", "\u{061C}",
        "\"unterminated", "Bob", "BOB", "b\u{043E}b",
    ]

    /// A few random edits of `data`: flipped bytes, inserted tokens, deletions, duplications, a cut.
    static func mutate(_ data: Data, _ random: inout SplitMix64) -> Data {
        var bytes = [UInt8](data)
        for _ in 0..<(1 + Int(random.next() % 8)) {
            let at = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
            switch random.next() % 6 {
            case 0 where !bytes.isEmpty: bytes[at] ^= UInt8(truncatingIfNeeded: 1 << (random.next() % 8))
            case 1, 2: bytes.insert(contentsOf: Array(pick(tokens, &random).utf8), at: at)
            case 3 where !bytes.isEmpty: bytes.removeSubrange(at..<min(bytes.count, at + Int(random.next() % 40)))
            case 4 where !bytes.isEmpty:
                let end = min(bytes.count, at + Int(random.next() % 200))
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            default: if random.next() % 4 == 0 { bytes = Array(bytes.prefix(at)) }
            }
        }
        return Data(bytes)
    }

    static let words: [String] = [
        "quarterly", "monthly", "every", "2", "two", "weeks", "days", "twice a year", "annually", "ad hoc", "never", "daily",
        "last month", "in Q3", "30/09/2026", "2026-02-30", "September", "yesterday", "a year ago", "within", "24 hours",
        "two working days", "yes", "no", "partly", "I think", "probably", "don't know", "not", "but", "in theory", "Ann",
        "Lee", "head of IT", "the IT Manager", "95%", "percent", "half", "1,000", "-3", "0", "1e9", "option b", "review",
        "signed off", "?", "!", "…", "🙂", "👍🏽", "\u{1B}[31m", "\u{1B}]0;x\u{07}", "\u{202E}", "\u{200F}", "\u{0301}",
        "\u{0000}", "\t", "\n", "\r\n", "Ⅻ", "٣", "二", "ǅ", "ﬁ", "İ",
        // Issue 15: numbers of 19 digits and more (alone, with units, ordinals, ranges),
        // runs of combining marks, NUL and CR inside words.
        "9223372036854775807", "9223372036854775808", "99999999999999999999", "100000000000000000000000000000",
        "18446744073709551616th", "1-99999999999999999999", "999999999", "1000000000", "0.0000000000000000000001",
        "billion", "a billion billion", "10^20", "inf-5", "nan", "years ago", "months ago", "in the last", "times a year",
        "a" + String(repeating: "\u{0301}", count: 2_000), String(repeating: "\u{0308}", count: 500), "month\u{0}ly",
        "monthly\rquarterly", "\r", "\u{0}", "\u{2066}", "\u{2069}", "\u{061C}", "\u{85}", "\u{9B}",
    ]

    static let context = InterpretationContext(
        today: Day(year: 2026, month: 11, day: 16)!, dateOrder: .dayFirst,
        staff: [StaffRef(id: "ann", name: "Ann Lee", role: "IT Manager", aliases: ["head of IT"]),
                StaffRef(id: "bo", name: "Bo Lee", role: "CEO")],
        options: ["option a", "option b", "neither"],
        talkingPoints: [TalkingPoint(concept: "review", synonyms: ["reviewed", "signed off"]), TalkingPoint(concept: "removal")],
        documents: [ReferenceDocument(id: "policy", text: "Access rights are reviewed every quarter by the system owner and signed off.")])

    @Test func answerInterpreters() {
        Self.run("answers") { random, iteration in
            var text = (0..<(1 + Int(random.next() % 14))).map { _ in Self.pick(Self.words, &random) }.joined(separator: " ")
            if random.next() % 5 == 0, let scalar = Unicode.Scalar(UInt32(random.next() % 0x11_0000)) { text.unicodeScalars.append(scalar) }
            for kind in AnswerKind.allCases {
                let first = AnswerInterpreter.interpret(text, as: kind, in: Self.context)
                let again = AnswerInterpreter.interpret(text, as: kind, in: Self.context)
                #expect(!first.explanation.isEmpty && !first.explanation.contains("\n"), "\(iteration) \(kind): \(text.debugDescription)")
                #expect(first.explanation == again.explanation && first.value == again.value, "\(iteration) \(kind) not deterministic")
            }
        }
    }

    /// Data-file tokens (frequencies, durations, dates) built from the same words: parsing
    /// never traps and every refusal has a message.
    @Test func dataFileTokens() {
        let pieces = ["every", "every-", " ", "-", "days", "weeks", "months", "day", "3", "-3", "0", "9223372036854775807",
                      "99999999999999999999", "36525", "36526", "5217", "1e308", "inf", "nan", "h", "d", "w", "m", "1.5", "..",
                      "\u{0}", "\r", "0001-01-01", "9999-12-31", "quarterly", "ad hoc", "٣", "\u{0301}"]
        Self.run("tokens") { random, iteration in
            let text = (0..<(1 + Int(random.next() % 5))).map { _ in Self.pick(pieces, &random) }.joined()
            switch Frequency.parse(token: text) {
            case .success(let f): #expect(f.days.map { $0 >= 0 && $0 <= Frequency.longestInterval } ?? true, "\(iteration): \(text.debugDescription) → \(f)")
            case .failure(let problem): #expect(!problem.message(for: text).isEmpty)
            }
            if let hours = YAMLFields.parseHours(text) { #expect(hours >= 0 && hours <= YAMLFields.longestHours, "\(text.debugDescription)") }
            if let day = Day(iso: text) {
                #expect(day >= Day.earliest && day <= Day.latest)
                _ = day.adding(days: Int(truncatingIfNeeded: random.next())).adding(months: Int(truncatingIfNeeded: random.next()))
            }
        }
    }

    /// A scratch copy of the mini scenario and bank that each iteration overwrites.
    static func workspace() throws -> (scenario: URL, bank: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let scenario = root.appendingPathComponent("mini"), bank = root.appendingPathComponent("bank")
        try FileManager.default.copyItem(at: Fixture.url("scenarios/mini"), to: scenario)
        try FileManager.default.copyItem(at: Fixture.url("banks/mini"), to: bank)
        return (scenario, bank)
    }

    static func validate(_ paths: [URL], bank: URL, _ what: String) {
        let report = Validator(knownBanks: [bank]).validate(paths)
        #expect(report.diagnostics.allSatisfy { !$0.message.isEmpty }, "\(what): empty diagnostic")
    }

    @Test func yamlLoaders() throws {
        let (scenario, bank) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: scenario.deletingLastPathComponent()) }
        let files = ["scenario.yaml", "answers/prepared.yaml"].map { (scenario, $0) } + ["bank.yaml", "questions.yaml"].map { (bank, $0) }
        let originals = try files.map { try Data(contentsOf: $0.0.appendingPathComponent($0.1)) }
        try Self.run("yaml") { random, iteration in
            let index = Int(random.next() % UInt64(files.count)), (dir, name) = files[index]
            let mutated = Self.mutate(originals[index], &random)
            try mutated.write(to: dir.appendingPathComponent(name))
            Self.validate([dir], bank: bank, "yaml \(iteration) \(name)")
            try originals[index].write(to: dir.appendingPathComponent(name))
        }
    }

    @Test func csvLoaders() throws {
        let (scenario, bank) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: scenario.deletingLastPathComponent()) }
        let names = ["evidence/access-reviews.csv", "evidence/backups.csv"]
        let originals = try names.map { try Data(contentsOf: scenario.appendingPathComponent($0)) }
        try Self.run("csv") { random, iteration in
            let index = Int(random.next() % UInt64(names.count))
            let mutated = Self.mutate(originals[index], &random)
            if let text = String(data: mutated, encoding: .utf8) {
                var ours: [[String]] = []
                CSVRows.forEach(in: mutated) { ours.append($0); return true }
                #expect(ours == CSVRows.reference(text), "csv \(iteration): CSVRows and CSV.swift disagree")
            }
            try mutated.write(to: scenario.appendingPathComponent(names[index]))
            Self.validate([scenario], bank: bank, "csv \(iteration)")
            try originals[index].write(to: scenario.appendingPathComponent(names[index]))
        }
    }
}
