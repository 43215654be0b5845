/// Reads yes / no / partly. Auditors hear "mostly", "not always" and "yes, but not for
/// emergency changes" as partly, which is why partly outranks a plain yes. Negation-aware:
/// "not always" is partly, "no, never" is no, "no problem, we always do" is yes.
enum YesNoInterpreter {
    private enum Signal: Sendable, Equatable {
        case yes, no, partly, neutral
        /// "always", "all", "every": yes, but partly when negated ("not always").
        case universal
    }

    private static let lexicon: PhraseTable<Signal> = {
        var entries: [(String, Signal)] = []
        func add(_ s: Signal, _ phrases: [String]) { entries += phrases.map { ($0, s) } }
        add(.yes, ["yes", "yep", "yeah", "yup", "ya", "yea", "aye", "sure", "of course", "absolutely",
                   "definitely", "certainly", "indeed", "correct", "that's correct", "that's right",
                   "right", "true", "affirmative", "we do", "we have", "yes we do", "it is", "they are",
                   "there is", "there are", "in place", "done", "enabled", "implemented", "every time",
                   "each time", "without exception", "without fail", "no exceptions", "no exception",
                   "no problem", "no doubt", "no question", "no worries", "not a problem",
                   "never miss", "never missed", "never misses", "never skip", "never skipped",
                   "never fails", "never failed", "i think so", "i believe so", "i guess so",
                   "i hope so", "probably", "100 percent", "fully", "completely", "totally", "ok",
                   "okay", "agreed", "for sure", "we certainly do", "it does", "they do", "i'd hope so",
                   "i would hope so", "i should think so", "i'd think so", "i'd say so", "i would say so",
                   "in date", "up to date", "on track", "all good", "covered", "in hand",
                   // Double negatives: a yes the speaker assumes rather than knows (hedged).
                   "wouldn't say no", "no reason why not", "no reason it wouldn't", "no reason they wouldn't",
                   "no reason it isn't", "no reason they aren't", "don't see why not", "can't see why not",
                   "i don't see why not", "i can't see why not"])
        add(.universal, ["always", "all of them", "all of it", "all of those", "all of these",
                         "every single one", "every one", "each one", "every single", "all", "everyone",
                         "everybody", "everything", "each and every", "every", "everything's", "everyone's",
                         "everybody's", "it's all", "they're all", "all done", "all in date", "all of ours"])
        add(.partly, ["mostly", "usually", "generally", "normally", "typically", "sometimes",
                      "occasionally", "partially", "partly", "in part", "partial", "most of them",
                      "most of the time", "most", "in most cases", "the majority", "majority",
                      "some of them", "some of it", "some are", "some have", "in some cases",
                      "not every", "not always", "not fully", "not completely", "not entirely",
                      "not quite", "not all", "almost", "nearly", "except", "excluding", "apart from",
                      "other than", "but not", "yes but", "yes and no", "to some extent",
                      "to an extent", "kind of", "sort of", "in progress", "working on it", "half",
                      "largely", "mainly", "more or less", "it depends", "depends", "not for",
                      "for the most part", "with exceptions", "with some exceptions", "exceptions",
                      "unless", "rarely", "in theory", "on paper", "not yet fully", "patchy",
                      "inconsistent", "inconsistently", "hit and miss", "hit or miss", "except for",
                      "with the exception of", "all but", "all bar", "all except", "all apart from",
                      "every one bar", "everyone except", "all save", "all of them bar", "all of them except",
                      "all of them apart from", "all of them but", "all of them barring", "every one except",
                      "everyone bar", "everybody except", "everybody bar",
                      // A scope the speaker sets: "only for production", "for the big ones".
                      "only for", "only on", "only in", "only the ones", "just for", "just the ones", "just prod",
                      "only the big", "only the critical", "just the big", "just the critical",
                      "just production", "for the big ones", "the big ones", "the important ones",
                      "for the critical", "the critical ones", "for critical", "where it's practical",
                      "where practical", "where possible", "where we can", "if possible", "not sure about",
                      "only production", "only prod", "for production only", "prod only", "only some",
                      "we try to", "we try", "try to", "we aim to", "pretty much", "by and large",
                      "near enough", "as good as", "more or less", "in the main"])
        add(.no, ["no", "nope", "nah", "not really", "not yet", "never", "none", "none of them",
                  "not at all", "we don't", "we do not", "don't", "do not", "doesn't", "does not",
                  "didn't", "did not", "haven't", "have not", "hasn't", "has not", "isn't", "is not",
                  "aren't", "are not", "wasn't", "weren't", "won't", "can't", "cannot", "nobody",
                  "no one", "nothing", "negative", "of course not", "absolutely not",
                  "definitely not", "certainly not", "probably not", "i don't think so",
                  "i don't believe so", "not that i know of", "not that i'm aware of",
                  "not that i am aware of", "not as far as i know", "hardly ever", "hardly", "not",
                  "not in place", "false", "incorrect", "it is not", "it's not", "they are not",
                  "they're not", "we have not", "we haven't", "there is no", "there are no",
                  "there isn't", "there aren't", "not as such"])
        add(.neutral, ["not sure", "i'm not sure", "i don't know", "don't know", "do not know",
                       "no idea", "no clue", "i think", "i believe", "not certain", "can't remember",
                       "cannot remember", "can't say", "hard to say", "don't remember",
                       "not 100 percent sure", "i'd have to check", "have to check", "all right", "right now", "so far", "first of all", "at all"])
        return PhraseTable(entries)
    }()

    private static let documentNouns: Set<String> = ["policy", "policies", "procedure", "procedures", "manual", "handbook"]
    private static let pointers: Set<String> = [
        "in", "under", "per", "says", "say", "covered", "written", "documented", "according", "states", "requires",
    ]

    /// "It's in the remote working policy": where the rule is written, said instead of what
    /// is done.
    static func pointsToDocument(_ answer: NormalizedAnswer) -> Range<Int>? {
        for (i, w) in answer.words.enumerated() where documentNouns.contains(w) {
            let clause = answer.clauses[i]
            var j = i - 1
            while j >= max(0, i - 6), answer.clauses[j] == clause {
                if pointers.contains(answer.words[j]) { return j..<(i + 1) }
                j -= 1
            }
            if let next = answer.word(i + 1), ["says", "say", "states", "requires", "covers", "covered"].contains(next) {
                return i..<(i + 2)
            }
        }
        return nil
    }

    /// "Yeah, no, we don't": in everyday speech the yeah acknowledges and the no answers;
    /// "yeah, no problem" and "yes, no one gets in" go on with a noun, and are a yes. The
    /// words the opening takes, if it is one.
    private static func yeahNo(_ answer: NormalizedAnswer) -> Int? {
        guard let first = answer.word(0), ["yeah", "yes", "yep"].contains(first),
              let second = answer.word(1), ["no", "nah", "nope"].contains(second),
              answer.count == 2 || answer.clauses[2] != answer.clauses[1] else { return nil }
        return 2
    }

    static func read(_ answer: NormalizedAnswer) -> Reading {
        if let pointer = pointsToDocument(answer) {
            let explicit = lexicon.scan(answer).contains { hit in
                !(pointer.contains(hit.start)) && (hit.value == .yes || hit.value == .no || hit.value == .partly)
                    && !(answer.clauses[hit.start] == answer.clauses[pointer.lowerBound] && hit.value == .yes)
            }
            if !explicit {
                return Reading(nil, "pointed to the document (\"\(answer.quote(pointer.lowerBound, pointer.upperBound))\"), not to what is done",
                               confirm: "That is what the document says; is it what happens in practice?")
            }
        }
        if let lead = yeahNo(answer) {
            return Reading(.yesNo(.no), "no (\"\(answer.quote(0, lead))\": the yeah only acknowledges the question)")
        }
        var firstAnswer: (YesNo, PhraseHit<Signal>)?
        var partly: PhraseHit<Signal>?
        for hit in lexicon.scan(answer) {
            let negated = Negation.isNegated(answer, at: hit.start, window: 2)
            let meaning: YesNo?
            switch hit.value {
            case .neutral: meaning = nil
            case .partly: meaning = .partly
            case .universal: meaning = negated ? .partly : .yes
            case .yes: meaning = negated ? .no : .yes
            case .no: meaning = .no
            }
            guard let meaning else { continue }
            if meaning == .partly, partly == nil { partly = hit }
            if firstAnswer == nil { firstAnswer = (meaning, hit) }
        }
        if let p = partly {
            return Reading(.yesNo(.partly), "partly (\"\(answer.quote(p.start, p.end))\")")
        }
        // "For production, yes; for dev, not really": yes for one part, no for another.
        let plainNo: Set<String> = ["no", "not really", "nope", "nah", "not yet", "not so much", "no we don't"]
        if let (meaning, first) = firstAnswer, meaning == .yes, first.value == .yes,
           let denial = lexicon.scan(answer).first(where: { hit in
               hit.start > first.start && hit.value == .no && answer.clauses[hit.start] != answer.clauses[first.start]
                   && plainNo.contains(answer.words[hit.start..<hit.end].joined(separator: " "))
                   && (hit.end == answer.count || answer.clauses[hit.end] != answer.clauses[hit.start])
           }) {
            return Reading(.yesNo(.partly), "partly (\"\(answer.quote(first.start, first.end))\" and then \"\(answer.quote(denial.start, denial.end))\")")
        }
        // "One, I think - someone left a laptop on a train": a count answers "have any…?".
        if firstAnswer == nil {
            var k = 0
            while let w = answer.word(k), ["just", "only", "the", "about", "maybe", "around"].contains(w) { k += 1 }
            if let n = NumberWords.read(answer, at: k), n.value > 0 {
                return Reading(.yesNo(.yes), "yes (\"\(answer.quote(0, k + n.length))\": a count of one or more)")
            }
        }
        guard let (meaning, hit) = firstAnswer else {
            return Reading(nil, "Neither yes nor no recognised in \"\(answer.quote(0, min(answer.count, 12)))\"")
        }
        return Reading(.yesNo(meaning), "\(meaning.rawValue) (\"\(answer.quote(hit.start, hit.end))\")")
    }
}
