/// Picks one of a question's options: exact wording first (case and punctuation ignored),
/// then shared word stems, then meaning for frequency and yes/no options ("every three
/// months" picks "Quarterly", "yep" picks "Yes"), then "option 2" / "the second one".
/// A tie is reported as ambiguous rather than guessed.
enum ChoiceInterpreter {
    private static let stopWords: Set<String> = ["the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "is", "are"]

    static func read(_ answer: NormalizedAnswer, options: [String]) -> Reading {
        guard !options.isEmpty else { return Reading(nil, "The question has no options to choose from") }
        // Frequencies are compared by meaning first: "every three months" is Quarterly even
        // though it shares a word with Monthly.
        if let option = frequencyOption(for: answer, options: options) {
            return chosen(option, how: "matched by meaning")
        }
        let scores = options.map { score(of: $0, in: answer) }
        let best = scores.max() ?? 0
        if best < 1000, let option = yesNoOption(for: answer, options: options) {
            return chosen(option, how: "matched by meaning")
        }
        if best > 0 {
            let top = options.indices.filter { scores[$0] == best }
            if top.count == 1 { return chosen(options[top[0]], how: "matched the wording") }
            return Reading(nil, "Ambiguous: the answer fits " + top.map { "'\(options[$0])'" }.joined(separator: " and "))
        }
        if let index = position(in: answer, count: options.count) { return chosen(options[index], how: "by position") }
        let list = options.map { "'\($0)'" }.joined(separator: ", ")
        return Reading(nil, "None of the options matches; the options were \(list)")
    }

    private static func chosen(_ option: String, how: String) -> Reading {
        Reading(.choice(option), "'\(option)' (\(how))")
    }

    /// 1000+ for the whole wording (longer wins), up to 100 for shared stems, 0 for none.
    /// An option's alternatives ("Multi-factor authentication (MFA)", "A / B") count separately.
    private static func score(of option: String, in answer: NormalizedAnswer) -> Int {
        let stems = answer.words.map(WordStem.stem)
        let alternatives = option.split(whereSeparator: { "()/;".contains($0) }).map(String.init) + [option]
        var best = 0
        for alt in alternatives {
            let words = Normalizer.normalize(alt).words
            guard !words.isEmpty else { continue }
            let altStems = words.map(WordStem.stem)
            let ownNegation = words.contains { Negation.negators.contains($0) }
            for i in 0..<max(0, stems.count - altStems.count + 1)
            where Array(stems[i..<i + altStems.count]) == altStems && (ownNegation || !Negation.isNegated(answer, at: i)) {
                best = max(best, 1000 + words.count)
            }
            let content = altStems.enumerated().filter { !stopWords.contains(words[$0.offset]) }.map(\.element)
            guard !content.isEmpty, !ownNegation else { continue }
            let found = content.filter { stem in
                stems.indices.contains { related(stems[$0], stem) && !Negation.isNegated(answer, at: $0) }
            }
            if found.count * 2 >= content.count {
                best = max(best, found.count * 100 / content.count)
            }
        }
        return best
    }

    /// Same stem, or one a prefix of the other when both are at least four letters.
    private static func related(_ a: String, _ b: String) -> Bool {
        a == b || (min(a.count, b.count) >= 4 && (a.hasPrefix(b) || b.hasPrefix(a)))
    }

    private static func frequencyOption(for answer: NormalizedAnswer, options: [String]) -> String? {
        let frequencies = options.map { Frequency(token: $0) }
        guard frequencies.contains(where: { $0 != nil }),
              let selection = RuleAndPractice.select(FrequencyInterpreter.mentions(in: answer).said, in: answer),
              selection.others.isEmpty,  // "weekly or monthly" is a tie, not a choice
              let i = frequencies.firstIndex(of: selection.chosen.value) else { return nil }
        return options[i]
    }

    private static func yesNoOption(for answer: NormalizedAnswer, options: [String]) -> String? {
        guard case let .yesNo(yn)? = YesNoInterpreter.read(answer).value else { return nil }
        let spellings: [YesNo: Set<String>] = [
            .yes: ["yes", "y", "true"], .no: ["no", "n", "false"],
            .partly: ["partly", "partially", "partial", "in part", "some"],
        ]
        return options.first { spellings[yn]!.contains(Normalizer.normalize($0).words.joined(separator: " ")) }
    }

    /// "option 2", "the second one", "the last one", or a lone letter "b".
    private static func position(in answer: NormalizedAnswer, count: Int) -> Int? {
        for (i, w) in answer.words.enumerated() {
            if w == "option" || w == "number", let n = answer.word(i + 1).flatMap(NumberWords.digits), n >= 1, Int(n) <= count {
                return Int(n) - 1
            }
            if let o = NumberWords.ordinals[w], o <= count, ["one", "option"].contains(answer.word(i + 1) ?? "") { return o - 1 }
            if w == "last", ["one", "option"].contains(answer.word(i + 1) ?? "") { return count - 1 }
        }
        if answer.count == 1, let w = answer.words.first, w.count == 1, let a = w.unicodeScalars.first,
           ("a"..."z").contains(a), Int(a.value) - 97 < count {
            return Int(a.value) - 97
        }
        return nil
    }
}
