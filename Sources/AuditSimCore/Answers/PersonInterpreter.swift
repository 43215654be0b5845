/// Reads who is responsible: matches the answer against the scenario's staff by full name,
/// surname, first name, role, role alias and role initials ("CISO"), ignoring case and
/// filler ("our", "the", "it's", "that would be"). Two equally good matches are reported
/// as ambiguous rather than guessed.
enum PersonInterpreter {
    /// How strongly each way of naming someone identifies them.
    private enum Weight {
        static let fullName = 100, role = 90, initials = 85, surname = 70, firstName = 60, partialRole = 40
    }

    /// Names that are also ordinary words: they count only when capitalised in the answer.
    private static let wordLikeNames: Set<String> = [
        "will", "mark", "bill", "grace", "hope", "joy", "rose", "may", "june", "frank", "pat", "sue",
        "rob", "drew", "gene", "art", "dawn", "faith", "sky", "summer", "miles", "read", "price",
        "long", "young", "king", "small", "white", "black", "brown", "green", "cook", "page", "hall",
    ]
    private static let fillers: Set<String> = [
        "it's", "it", "is", "was", "that", "would", "be", "that's", "our", "the", "a", "an", "i",
        "mr", "mrs", "ms", "dr", "from", "by", "who", "whoever", "um", "uh", "er", "well", "so",
        "yes", "ok", "oh", "he's", "she's", "they're", "responsible", "owner", "owns", "person",
        "team", "done", "does", "do", "handles", "handled", "usually", "normally", "mostly", "of",
        "in", "charge", "for", "and", "we", "ask", "i'd", "say", "main", "guy", "lady", "or", "me", "myself",
    ]
    private static let nobody = PhraseTable(true, [
        "no one", "nobody", "none", "not assigned", "unassigned", "no owner", "noone", "not anyone",
    ])

    /// Words that name the speaker.
    private static let selfWords: Set<String> = ["me", "myself", "i", "i've", "i'll"]
    /// "I think it's Will": an "I" that hedges or conditions rather than names.
    private static let notSelfAfterI: Set<String> = [
        "think", "guess", "believe", "reckon", "suppose", "assume", "imagine", "'d", "would", "am", "was",
        "don't", "can't", "couldn't", "not", "need", "have", "had", "mean", "know", "heard", "understand",
    ]
    private static let conditions: Set<String> = ["if", "when", "whenever", "unless", "while"]

    /// Where the answer names the speaker ("me", "myself", "I do", "yours truly").
    static func selfMentions(_ answer: NormalizedAnswer) -> [Int] {
        var out: [Int] = []
        for (i, w) in answer.words.enumerated() {
            if w == "yours", answer.word(i + 1) == "truly" { out.append(i); continue }
            // "my team", "my lot": the speaker's own people.
            if w == "my", let next = answer.word(i + 1), ["team", "lot", "department", "group", "people"].contains(next) {
                out.append(i); continue
            }
            guard selfWords.contains(w) else { continue }
            if answer.word(i - 1).map(conditions.contains) == true { continue }  // "if I'm off"
            if w == "i" {
                if let next = answer.word(i + 1), notSelfAfterI.contains(next) { continue }
                if answer.word(i - 1) == "if" || answer.word(i - 1) == "when" { continue }
            }
            if w == "i'll" || w == "i've", answer.word(i + 1).map(notSelfAfterI.contains) == true { continue }
            if Negation.isNegated(answer, at: i, window: 2) { continue }
            out.append(i)
        }
        return out
    }

    static func read(_ answer: NormalizedAnswer, staff: [StaffRef], speaker: String? = nil) -> Reading {
        let names = answer.words.map(possessiveStripped)
        let hasCapitals = answer.raw.contains { $0.contains(where: \.isUppercase) }
        // Each person: score, the words that named them, where they were first named.
        var scored: [(person: StaffRef, score: Int, used: Set<Int>, first: Int)] = []
        for person in staff {
            var used = Set<Int>()
            var score = 0
            for (key, weight) in keys(for: person) {
                for start in occurrences(of: key, in: names) {
                    let span = Set(start..<start + key.count)
                    guard used.isDisjoint(with: span), !Negation.isNegated(answer, at: start, window: 2) else { continue }
                    if key.count == 1, wordLikeNames.contains(key[0]), hasCapitals,
                       answer.raw[start].first?.isUppercase != true { continue }
                    if weight == Weight.partialRole, key.count == 1,
                       !answer.raw[start].allSatisfy(\.isUppercase) || namesAThing(answer, at: start) { continue }
                    used.formUnion(span)
                    score += weight
                    break
                }
            }
            if score > 0 { scored.append((person, score, used, used.min() ?? 0)) }
        }
        if let id = speaker, let me = staff.first(where: { $0.id == id }) {
            let mentions = selfMentions(answer)
            if !mentions.isEmpty {
                scored.removeAll { $0.person.id == id }
                scored.append((me, Weight.fullName, Set(mentions), mentions[0]))
            }
        }
        guard !scored.isEmpty else {
            if let n = nobody.scan(answer).first {
                return Reading(nil, "The answer names no one (\"\(answer.quote(n.start, n.end))\")")
            }
            let said = residue(of: answer)
            if staff.isEmpty { return Reading(nil, "The scenario has no staff to match '\(said)' against") }
            if let (person, heard) = misspelt(names, staff: staff) {
                return Reading(.person(person), "\(describe(person)), from \"\(heard)\" (read as \(person.name))", people: [person])
            }
            return Reading(nil, "No one in the scenario matches '\(said)'")
        }
        // Strongest first; a weaker match on the same words is the same mention misread
        // ("Sarah" in "Sarah Jones"), an equal one is two candidates for one mention.
        let ordered = scored.sorted { ($0.score, -$0.first) > ($1.score, -$1.first) }
        var accepted: [(person: StaffRef, score: Int, used: Set<Int>, first: Int)] = []
        for candidate in ordered {
            if let rival = accepted.first(where: { !$0.used.isDisjoint(with: candidate.used) }) {
                if rival.score == candidate.score {
                    let tied = ordered.filter { $0.score == rival.score && !$0.used.isDisjoint(with: rival.used) }.map(\.person)
                    let list = tied.map(describe).joined(separator: " or ")
                    let short = tied.map(\.name).joined(separator: " or ")
                    return Reading(nil, "Ambiguous: '\(residue(of: answer))' could be \(list)", confirm: "\(short)?")
                }
                continue
            }
            accepted.append(candidate)
        }
        // "Me and Dave from IT": a bare function name beside named people describes them.
        if accepted.contains(where: { $0.score >= Weight.firstName }) {
            accepted.removeAll { $0.score < Weight.firstName }
        }
        accepted.sort { $0.first < $1.first }
        let people = accepted.map(\.person)
        let names_ = people.map { p in p.id == speaker ? "you (\(p.name), \(p.role))" : describe(p) }
        let summary: String
        if people.count == 1 {
            let a = accepted[0]
            let from = a.used.isEmpty ? "" : ", from \"\(answer.quote(a.used.min()!, a.used.max()! + 1))\""
            summary = names_[0] + from
        } else {
            summary = "several people: " + names_.dropLast().joined(separator: ", ") + " and " + names_.last!
        }
        return Reading(.person(people[0]), summary, people: people)
    }

    private static func describe(_ p: StaffRef) -> String { "\(p.name) (\(p.role))" }

    /// "The ISMS", "our WMS config": an acronym with an article or possessive before it names
    /// the system, not the function ("ask HR", "IT does it", "the IT team" still name people).
    private static func namesAThing(_ answer: NormalizedAnswer, at i: Int) -> Bool {
        guard let before = answer.word(i - 1), ["the", "our", "their", "a", "an", "its", "your", "my"].contains(before) else {
            return false
        }
        let teams: Set<String> = ["team", "teams", "department", "function", "people", "lot", "guys", "folk", "staff", "manager", "lead"]
        return !(answer.word(i + 1).map(teams.contains) ?? false)
    }

    /// "Kasper" for Kacper, "Siobhan" typed "Shiobhan": a word of five letters or more one
    /// letter away from exactly one person's first name or surname. Only tried when nobody
    /// is named outright, so a real name is never bent into another.
    private static func misspelt(_ words: [String], staff: [StaffRef]) -> (StaffRef, String)? {
        for w in words where w.count >= 5 && w.count <= 30 && w.allSatisfy(\.isLetter) && !fillers.contains(w) {
            let near = staff.filter { person in
                self.words(person.name).contains { $0.count >= 5 && $0 != w && oneEditApart($0, w) }
            }
            if near.count == 1 { return (near[0], w) }
        }
        return nil
    }

    /// Every way of naming `person`, strongest first, as normalized word sequences.
    private static func keys(for person: StaffRef) -> [([String], Int)] {
        let name = words(person.name)
        let role = words(person.role)
        var keys: [([String], Int)] = []
        if name.count > 1 { keys.append((name, Weight.fullName)) }
        keys.append((role, Weight.role))
        keys += person.aliases.map { (words($0), Weight.role) }
        let initials = String(role.filter { !["of", "and", "the", "for"].contains($0) }.compactMap(\.first))
        if initials.count >= 3 { keys.append(([initials], Weight.initials)) }
        if let last = name.last, name.count > 1 { keys.append(([last], Weight.surname)) }
        if let first = name.first { keys.append(([first], name.count > 1 ? Weight.firstName : Weight.fullName)) }
        if role.count >= 3 {  // "the security manager" for "Information Security Manager"
            keys.append((Array(role.suffix(2)), Weight.partialRole))
        }
        // Acronyms in the role ("IT", "HR") name the function on their own: "ask HR".
        for word in person.role.split(separator: " ") where word.count >= 2 && word.allSatisfy(\.isUppercase) {
            keys.append(([word.lowercased()], Weight.partialRole))
        }
        return keys.filter { !$0.0.isEmpty }
    }

    private static func words(_ text: String) -> [String] {
        Normalizer.normalize(text).words.map(possessiveStripped)
    }

    /// One letter changed, added or dropped, or two neighbours swapped.
    private static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= 1 else { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count == y.count, i + 1 < x.count, x[i] == y[j + 1], x[i + 1] == y[j] { i += 2; j += 2; continue }
            if x.count > y.count { i += 1 } else if x.count < y.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }

    private static func possessiveStripped(_ w: String) -> String {
        w.hasSuffix("'s") ? String(w.dropLast(2)) : w
    }

    private static func occurrences(of key: [String], in names: [String]) -> [Int] {
        guard !key.isEmpty, names.count >= key.count else { return [] }
        return (0...(names.count - key.count)).filter { Array(names[$0..<$0 + key.count]) == key }
    }

    /// What the speaker named, without filler, for "No one in the scenario matches 'Bob'".
    private static func residue(of answer: NormalizedAnswer) -> String {
        let kept = answer.words.indices.filter { !fillers.contains(answer.words[$0]) }.prefix(8)
        let text = kept.map { answer.quote($0, $0 + 1) }.joined(separator: " ")
        return text.isEmpty ? answer.quote(0, min(answer.count, 8)) : text
    }
}
