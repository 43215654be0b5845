import Foundation

/// The bank cache's entry format: the loaded bank, field by field, as length-prefixed UTF-8
/// and variable-length integers. Foundation's coders were measured on the ISO 27001 bank:
/// its binary property list decodes in about 18 ms, no faster than parsing the YAML, and JSON
/// in about 6.5 ms; this decodes in well under a millisecond. A field added to the bank's model
/// must be added here too, with `BankCache.formatVersion` raised (a test counts the fields).
enum BankCoding {
    private struct Malformed: Error {}

    static func encode(_ bank: QuestionBank) -> Data {
        var w = Writer()
        w.list(bank.synonyms) { w, words in w.strings(words) }
        w.string(bank.id); w.string(bank.title); w.string(bank.framework)
        w.list(bank.controls) { w, c in
            w.string(c.id.rawValue); w.string(c.title); w.string(c.kind.rawValue); w.string(c.theme)
        }
        w.list(bank.questions) { w, q in
            w.string(q.id); w.string(q.control.rawValue); w.int(q.stage.rawValue); w.string(q.audience.rawValue)
            w.string(q.text); w.string(q.answer.rawValue); w.strings(q.options)
            w.benchmark(q.compare); w.points(q.talkingPoints); w.string(q.looksFor)
            w.list(q.followUps) { w, f in
                w.string(f.on.rawValue); w.string(f.text); w.string(f.answer.rawValue); w.points(f.talkingPoints)
            }
            w.strings(q.matching)
        }
        return Data(w.bytes)
    }

    /// Nil for anything `encode` did not write.
    static func decode(_ data: Data) -> QuestionBank? {
        data.withUnsafeBytes { buffer in
            var r = Reader(bytes: buffer)
            return try? r.bank()
        }
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func int(_ value: Int) {
            var v = UInt64(bitPattern: Int64(value))
            while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
            bytes.append(UInt8(v))
        }
        mutating func string(_ s: String) { int(s.utf8.count); bytes += s.utf8 }
        mutating func strings(_ items: [String]) { list(items) { w, s in w.string(s) } }
        mutating func list<T>(_ items: [T], _ each: (inout Writer, T) -> Void) {
            int(items.count)
            for item in items { each(&self, item) }
        }
        mutating func points(_ points: [TalkingPoint]) { list(points) { w, p in w.string(p.concept); w.strings(p.synonyms) } }

        mutating func benchmark(_ b: Benchmark?) {
            switch b {
            case nil: int(0)
            case let .evidence(kind, fact, t)?: int(1); int(kind == nil ? 0 : 1); string(kind ?? ""); string(fact.rawValue); tolerance(t)
            case let .declared(key, t)?: int(2); string(key); tolerance(t)
            case let .document(kind, field, t)?: int(3); string(kind.rawValue); string(field.rawValue); tolerance(t)
            }
        }
        mutating func tolerance(_ t: Tolerance) {
            int(t.steps); int(t.days == nil ? 0 : 1); int(t.days ?? 0); int(Int(Int64(bitPattern: t.percent.bitPattern)))
        }
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var at = 0

        mutating func bank() throws -> QuestionBank {
            let synonyms = try list { r in try r.strings() }
            let id = try string(), title = try string(), framework = try string()
            let controls = try list { r in
                Control(id: ControlID(try r.string()), title: try r.string(), kind: try r.raw(), theme: try r.string())
            }
            let questions = try list { r in try r.question() }
            var bank = QuestionBank(id: id, title: title, framework: framework, controls: controls, questions: questions)
            bank.synonyms = synonyms
            guard at == bytes.count else { throw Malformed() }
            return bank
        }

        mutating func question() throws -> Question {
            let id = try string(), control = ControlID(try string())
            guard let stage = Stage(rawValue: try int()) else { throw Malformed() }
            var q = Question(id: id, control: control, stage: stage, audience: try raw(), text: try string(), answer: try raw(),
                             options: try strings(), compare: try benchmark(), talkingPoints: try points(),
                             looksFor: try string())
            q.followUps = try list { r in
                FollowUp(on: try r.raw(), text: try r.string(), answer: try r.raw(), talkingPoints: try r.points())
            }
            q.matching = try strings()
            return q
        }

        mutating func benchmark() throws -> Benchmark? {
            switch try int() {
            case 0: return nil
            case 1:
                let hasKind = try int() == 1, kind = try string()
                return .evidence(kind: hasKind ? kind : nil, fact: try raw(), tolerance: try tolerance())
            case 2: return .declared(key: try string(), tolerance: try tolerance())
            case 3: return .document(kind: try raw(), field: try raw(), tolerance: try tolerance())
            default: throw Malformed()
            }
        }

        mutating func tolerance() throws -> Tolerance {
            let steps = try int(), hasDays = try int() == 1, days = try int()
            let percent = Double(bitPattern: UInt64(bitPattern: Int64(try int())))
            return Tolerance(steps: steps, days: hasDays ? days : nil, percent: percent)
        }

        mutating func points() throws -> [TalkingPoint] {
            try list { r in TalkingPoint(concept: try r.string(), synonyms: try r.strings()) }
        }

        mutating func raw<T: RawRepresentable>() throws -> T where T.RawValue == String {
            guard let value = T(rawValue: try string()) else { throw Malformed() }
            return value
        }

        mutating func strings() throws -> [String] { try list { r in try r.string() } }

        mutating func list<T>(_ item: (inout Reader) throws -> T) throws -> [T] {
            let count = try int()
            // Every item takes at least a byte: a larger count is damage, not a reason to allocate.
            guard count >= 0, count <= bytes.count - at else { throw Malformed() }
            var items: [T] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try item(&self)) }
            return items
        }

        mutating func string() throws -> String {
            let count = try int()
            guard count >= 0, count <= bytes.count - at else { throw Malformed() }
            defer { at += count }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<at + count]), as: UTF8.self)
        }

        mutating func int() throws -> Int {
            var value: UInt64 = 0, shift: UInt64 = 0
            while true {
                guard at < bytes.count, shift < 64 else { throw Malformed() }
                let byte = bytes[at]
                at += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return Int(Int64(bitPattern: value)) }
                shift += 7
            }
        }
    }
}
