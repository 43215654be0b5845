/// What one interpreter understood: a value (or nil) and the words to explain it.
struct Reading: Sendable {
    var value: AnswerValue?
    var summary: String
    /// No value, because the speaker says the figure is not measured.
    var unmeasured = false
    /// Two readings are possible: the question to ask back.
    var confirm: String?
    /// Everyone named, for person answers.
    var people: [StaffRef] = []
    /// For amounts said as a range or a bound: every amount the words allow.
    var span: ClosedRange<Double>?

    init(_ value: AnswerValue?, _ summary: String, unmeasured: Bool = false, confirm: String? = nil,
         people: [StaffRef] = [], span: ClosedRange<Double>? = nil) {
        self.span = span
        self.value = value
        self.summary = summary
        self.unmeasured = unmeasured
        self.confirm = confirm
        self.people = people
    }
}

/// The entry point: normalizes the answer, notes hedges and "I don't know", hands the rest
/// to the interpreter for the question's kind, checks for recitation, and writes the
/// one-line explanation. Pure and deterministic: the same text and context always give the
/// same interpretation.
public enum AnswerInterpreter {
    public static func interpret(_ text: String, as kind: AnswerKind, in context: InterpretationContext) -> Interpretation {
        let answer = Normalizer.normalize(text)
        guard !answer.isEmpty else {
            let blank = text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
            return Interpretation(kind: kind, value: nil,
                                  explanation: blank ? "The answer was empty." : "The answer had no readable words.")
        }
        let signals = HedgeDetector.detect(answer, for: kind)
        let content = answer.removing(signals.spans)
        var reading = read(kind, full: answer, content: content, context: context)
        if let disowned = signals.disowned {
            reading = Reading(nil, "The speaker says they cannot give it (\"\(disowned)\")")
        }
        let recited = RecitationDetector.match(answer, against: context.documents)

        var parts: [String] = []
        if let confirm = reading.confirm {
            parts.append("Not graded until confirmed: \(reading.summary) (\"\(confirm)\")")
        } else if reading.value != nil {
            parts.append("Understood: \(reading.summary)")
        } else {
            parts.append(signals.unknownPhrase != nil && content.isEmpty ? "No answer to record" : reading.summary)
        }
        if let u = signals.unknownPhrase { parts.append("the speaker said they don't know (\"\(u)\")") }
        if let h = signals.hedgePhrase {
            parts.append(h == "?" ? "the speaker hedged (answered with a question)" : "the speaker hedged (\"\(h)\")")
        }
        if let r = recited {
            parts.append("it sounds rehearsed: \(Int((r.similarity * 100).rounded()))% word for word from document \(r.documentID)")
        }
        if let big = NumberWords.oversized(in: answer) {
            parts.append("the number \(big) is too large to read (numbers up to 1,000,000,000 are)")
        }
        if answer.truncated { parts.append("only the first \(Normalizer.answerLimit) characters were read") }
        if answer.marksDropped {
            parts.append("combining marks beyond \(Normalizer.marksPerCharacter) on one letter were set aside")
        }
        return Interpretation(kind: kind, value: reading.value, unknown: signals.unknownPhrase != nil,
                              hedged: signals.hedgePhrase != nil, unmeasured: reading.unmeasured, recited: recited,
                              explanation: parts.joined(separator: "; ") + ".",
                              confirm: reading.confirm, people: reading.people, span: reading.span)
    }

    private static func read(_ kind: AnswerKind, full: NormalizedAnswer, content: NormalizedAnswer,
                             context: InterpretationContext) -> Reading {
        switch kind {
        case .frequency: return FrequencyInterpreter.read(content)
        case .date: return DateInterpreter.read(content, today: context.today, order: context.dateOrder)
        case .yesNo: return YesNoInterpreter.read(full)  // its lexicon reads hedges itself ("I think so")
        case .duration: return DurationInterpreter.read(content)
        case .number: return NumberInterpreter.read(content, percent: false, population: context.population, unit: context.unit)
        case .percent: return NumberInterpreter.read(content, percent: true, population: context.population, unit: context.unit,
                                                            successShare: context.successShare)
        case .person: return PersonInterpreter.read(content, staff: context.staff, speaker: context.speaker)
        case .choice: return ChoiceInterpreter.read(content, options: context.options)
        case .freeText: return TalkingPointMatcher.read(content, points: context.talkingPoints, thesaurus: context.thesaurus,
                                                              instances: context.instances,
                                                              staffWords: context.staffWords ?? TalkingPointMatcher.nameWords(of: context.staff))
        }
    }
}
