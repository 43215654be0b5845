/// One question put and answered (or skipped), with what the engine made of it.
public struct InterviewTurn: Sendable {
    public var questionID: String
    public var control: ControlID
    public var interviewee: String
    public var asked: String
    public var answer: String?
    public var interpretation: Interpretation?
    public var judgement: Judgement
    public var followUp: (asked: String, answer: String?)?
    /// The evidence source the answer was held against, when its question is bound to one.
    public var heldAgainst: String?

    public init(questionID: String, control: ControlID, interviewee: String, asked: String, answer: String?,
                interpretation: Interpretation?, judgement: Judgement, followUp: (asked: String, answer: String?)? = nil) {
        self.questionID = questionID
        self.control = control
        self.interviewee = interviewee
        self.asked = asked
        self.answer = answer
        self.interpretation = interpretation
        self.judgement = judgement
        self.followUp = followUp
    }
}

/// Interprets and judges answers, and grades what an auditor would raise from them.
public struct InterviewJudge: Sendable {
    public var scenario: Scenario {
        didSet { words = ScenarioWords(scenario) }
    }
    public var resolver: ReferenceResolver
    /// The bank's groups of words that mean the same (`synonyms:`).
    public var thesaurus: [[String]]
    /// The staff and document wording every answer is read against, made once per scenario:
    /// normalising every document for recitation on each answer was most of judging one.
    private var words: ScenarioWords

    public init(scenario: Scenario, resolver: ReferenceResolver, thesaurus: [[String]] = []) {
        self.scenario = scenario
        self.resolver = resolver
        self.thesaurus = thesaurus
        words = ScenarioWords(scenario)
    }

    private struct ScenarioWords: Sendable {
        var staff: [StaffRef]
        /// The words of the staff's names, which a free-text answer may name someone with.
        var staffWords: Set<String>
        var documents: [ReferenceDocument]

        init(_ scenario: Scenario) {
            staff = scenario.staffReferences
            staffWords = TalkingPointMatcher.nameWords(of: staff)
            documents = scenario.referenceDocuments
        }
    }

    /// What the interpreters need for this question: the speaker (so "me" names them), the
    /// population the records hold for a share question, and the bank's and scenario's words.
    public func context(for question: Question, kind: AnswerKind? = nil, points: [TalkingPoint]? = nil,
                        speaker: String? = nil) -> InterpretationContext {
        let population = (kind ?? question.answer) == .percent || (kind ?? question.answer) == .number
            ? resolver.population(for: question) : nil
        var context = InterpretationContext(
            today: scenario.organisation.auditDate, dateOrder: scenario.organisation.dateOrder,
            staff: words.staff, options: question.options, talkingPoints: points ?? question.talkingPoints,
            documents: words.documents, speaker: speaker, population: population?.count,
            unit: population?.unit, thesaurus: thesaurus, instances: scenario.vocabulary)
        context.staffWords = words.staffWords
        if case let .evidence(_, fact, _)? = question.compare {
            context.successShare = [.onTimeRate, .approvalRate, .completion, .testPassRate, .coverage].contains(fact)
        }
        return context
    }

    public func interpret(_ text: String, for question: Question, by speaker: String? = nil) -> Interpretation {
        var heard = AnswerInterpreter.interpret(text, as: question.answer, in: context(for: question, speaker: speaker))
        if heard.confirm == nil, let part = part(heard, question, text), !part.named {
            // "Eleven" against 58 incidents, 11 of them P1 to P3: two readings. An auditor asks
            // which before judging (JUDGEMENT.md §3), so the answer is confirmed, never graded.
            let n = Comparator.format(part.count)
            let unit = resolver.evidence(for: question).map { ReferenceResolver.unit(of: $0.source.kind) } ?? "records"
            heard.confirm = "\(n) \(unit) in all, or \(n) with \(part.phrase)?"
        }
        return heard
    }

    /// A stated count that misses the records' total but equals a meaningful part of them
    /// exactly (`ReferenceResolver.subCounts`), and whether the answer names that part
    /// ("eleven P1 to P3s") or the whole ("eleven in all": then no part is meant).
    func part(_ heard: Interpretation, _ question: Question, _ text: String) -> (count: Double, phrase: String, named: Bool)? {
        guard question.answer == .number, question.matching.isEmpty, heard.span == nil,
              case let .evidence(_, .count, tolerance)? = question.compare,
              // "One" is left out: with a few categories, some value nearly always holds exactly
              // one record, so the match says nothing about what was meant.
              case let .number(n)? = heard.value, n >= 2, n == n.rounded(),
              let f = resolver.evidence(for: question) else { return nil }
        let total = Double(f.count)
        let diff = abs(n - total)
        guard diff > 1, total == 0 || diff / total * 100 > tolerance.percent else { return nil }
        let words = " " + Normalizer.normalize(text).words.joined(separator: " ") + " "
        if [" in all ", " in total ", " altogether ", " overall ", " all told ", " all of them "].contains(where: words.contains) { return nil }
        guard let match = resolver.subCounts(f).first(where: { Double($0.count) == n }) else { return nil }
        let named = match.values.contains { value in
            let v = Normalizer.normalize(value).words.joined(separator: " ")
            return !v.isEmpty && words.contains(" " + v + " ")
        }
        return (n, ReferenceResolver.phrase(match), named)
    }

    /// "I don't know" counts only when it is the answer, not a phrase inside a full account
    /// ("report it even if unsure whether it matters"), nor a doubt before an answer of the
    /// speaker's own ("Not sure - every month or two?"), which is a hedge held against the
    /// records like any other. Free text always has a reading, so there a short answer around
    /// "I don't know" is still not knowing.
    static func saysUnknown(_ interpretation: Interpretation, _ text: String?) -> Bool {
        guard interpretation.unknown else { return false }
        guard case .freeText? = interpretation.value else { return interpretation.value == nil }
        let words = text?.split(whereSeparator: { $0.isWhitespace }).count ?? 0
        return words < 12
    }

    /// Judges an answer against the records; `speaker` (a staff id) picks, among several
    /// sources of one kind bound to the control, the one they run.
    public func judge(_ interpretation: Interpretation, for question: Question, answer: String? = nil,
                      speaker: String? = nil) -> Judgement {
        judged(interpretation, for: question, answer: answer, speaker: speaker).judgement
    }

    /// The judgement and the evidence source it was held against. With two sources of one
    /// kind bound to the control (the plants' monthly restore tests and the head office's
    /// quarterly ones), an auditor asks people about the control they run: the source the
    /// speaker runs is the one, and otherwise the answer is judged against each candidate
    /// and held against the one it agrees with best (the benefit of the doubt).
    public func judged(_ interpretation: Interpretation, for question: Question, answer: String? = nil,
                       speaker: String? = nil) -> (judgement: Judgement, source: String?) {
        let candidates = resolver.candidates(for: question)
        guard candidates.count > 1 else {
            return (weigh(interpretation, for: question, answer: answer), resolver.evidence(for: question)?.source.id)
        }
        let run = speaker.map { who in candidates.filter { resolver.isRun($0, by: who) } } ?? []
        let pool = run.isEmpty || run.count == candidates.count ? candidates : run
        var best: (rank: Int, distance: Double, judgement: Judgement, facts: EvidenceFacts)?
        for f in pool {
            var pinned = self
            pinned.resolver.preferred = f.source.id
            let judgement = pinned.weigh(interpretation, for: question, answer: answer)
            let reference = pinned.resolver.resolve(question, kind: question.answer)?.reference
            let rank = InterviewJudge.rank(judgement.verdict)
            let distance = InterviewJudge.distance(interpretation.value, reference)
            if best == nil || (rank, distance) < (best!.rank, best!.distance) { best = (rank, distance, judgement, f) }
        }
        guard var chosen = best, chosen.rank <= InterviewJudge.rank(.contradicts) else {
            return (weigh(interpretation, for: question, answer: answer), resolver.evidence(for: question)?.source.id)
        }
        let kind = chosen.facts.source.kind
        let why = pool.count == 1
            ? (speaker.flatMap { scenario.staffMember($0)?.name } ?? "the speaker") + " runs"
            : "the answer agrees with best"
        chosen.judgement.explanation += " (\(candidates.count) \(kind) sources are bound to "
            + "\(question.control); this was held against the \(chosen.facts.source.title) records, which \(why).)"
        return (chosen.judgement, chosen.facts.source.id)
    }

    /// Agreement, best first, for choosing among candidate sources.
    static func rank(_ verdict: Verdict) -> Int {
        switch verdict {
        case .consistent: 0
        case .partlyConsistent: 1
        case .contradicts: 2
        case .cannotCheck: 3
        case .notAnswered: 4
        }
    }

    /// How far what was said is from a reference, so that between two sources an answer
    /// contradicts, it is held against the nearer: days for dates, a relative difference for
    /// figures, rungs for frequencies.
    static func distance(_ value: AnswerValue?, _ reference: Reference?) -> Double {
        switch (value, reference) {
        case let (.date(range)?, .date(day)?):
            return range.contains(day) ? 0 : Double(min(abs(day.ordinal - range.start.ordinal), abs(day.ordinal - range.end.ordinal)))
        case let (.number(n)?, .number(r)?), let (.number(n)?, .percent(r)?):
            return abs(n - r) / max(abs(r), 1)
        case let (.duration(h)?, .duration(r, _)?):
            return abs(h - r) / max(r, 1)
        case let (.frequency(said)?, .frequency(observed, _)?):
            guard let a = said.rung, let b = observed.rung else { return said.label == observed.label ? 0 : .infinity }
            return abs(a - b)
        default:
            return reference == nil ? .infinity : 0
        }
    }

    func weigh(_ interpretation: Interpretation, for question: Question, answer: String?) -> Judgement {
        if InterviewJudge.saysUnknown(interpretation, answer) {
            return Judgement(verdict: .notAnswered, explanation: "You said you do not know. " + interpretation.explanation)
        }
        if question.answer == .freeText, case let .freeText(coverage)? = interpretation.value {
            let total = coverage.covered.count + coverage.missed.count
            let enough = total == 0 || coverage.covered.count * 2 >= total
            let missed = coverage.missed.isEmpty ? "" : " An auditor would also listen for: \(coverage.missed.joined(separator: ", "))."
            return Judgement(verdict: enough ? .consistent : .partlyConsistent,
                             explanation: "You covered \(coverage.covered.count) of \(total) points the auditor listens for.\(missed)")
        }
        if question.answer == .person, interpretation.value == nil {
            // Someone outside the staff list (an external auditor, a supplier) is an answer, not a blank.
            return Judgement(verdict: .cannotCheck, explanation: interpretation.explanation + " The answer names someone outside the scenario's staff, so it cannot be checked.")
        }
        let resolved = resolver.resolve(question, kind: question.answer)
        if interpretation.value == nil, interpretation.unmeasured, resolved?.reference == nil {
            // "We do not export triage times yet", and there are indeed no such records.
            return Judgement(verdict: .cannotCheck, explanation: "You said it is not measured; there are no records to check a figure against either.")
        }
        if let part = part(interpretation, question, answer ?? ""), part.named, let resolved {
            // "Eleven, the P1 to P3s": the part of the records the answer names.
            return Judgement(verdict: .consistent,
                             explanation: "You said \(Comparator.format(part.count)) with \(part.phrase); \(resolved.source) "
                                 + "\(Comparator.agreeing("show \(Comparator.format(part.count)) with \(part.phrase)", with: resolved.source)).",
                             citations: resolved.citations)
        }
        if let lapse = lapsed(interpretation, question, resolved) { return lapse }
        if let unshown = unshownCadence(interpretation, question, resolved) { return unshown }
        guard let resolved else {
            guard let value = interpretation.value else { return Judgement(verdict: .notAnswered, explanation: interpretation.explanation) }
            return Judgement(verdict: .cannotCheck, explanation: "You said \(Comparator.said(value, as: interpretation.kind)); this question has nothing recorded to hold it against.")
        }
        if case let .percent(rate)? = resolved.reference, rate < 99.95, InterviewJudge.claimsAll(interpretation, answer) {
            // "All of them, no exceptions": a claim about every record, so one exception in
            // the records contradicts it, whatever the tolerance for a figure from memory.
            let exceptions = InterviewTurn.exceptions(to: question, in: resolved)
            let named = exceptions.isEmpty ? "" : " (" + EvidenceWording.list(Array(exceptions.prefix(6))) + ")"
            return Judgement(verdict: .contradicts,
                             explanation: "You said all of them; \(resolved.source) \(Comparator.agreeing("show \(Comparator.format((rate * 10).rounded() / 10)) %", with: resolved.source)), "
                                 + "so there are exceptions\(named).",
                             citations: resolved.citations)
        }
        if case let .date(said)? = interpretation.value, said.end < scenario.organisation.operatingSince,
           case .date? = resolved.reference, let facts = resolved.evidence {
            // "Back in February": before the operating period, but the records go back that far.
            let earlier = resolver.earlierRecords(facts.source, in: DayRange(start: said.start.adding(days: -7),
                                                                              end: said.end.adding(days: 7), precision: said.precision))
            let cited = earlier.map { Citation(kind: .record, reference: $0.id, detail: $0.day.description) }
            if case .last? = question.compare.flatMap({ if case let .evidence(_, f, _) = $0 { f } else { nil } }) {
                let seen = earlier.last.map { "; that one was \($0.id) on \($0.day), before the operating period, but there are later ones" } ?? ""
                return Judgement(verdict: .contradicts,
                                 explanation: "You said \(Comparator.said(.date(said))); \(resolved.source) \(Comparator.agreeing("show the last on \(facts.last?.description ?? "-")", with: resolved.source))\(seen).",
                                 citations: resolved.citations + cited)
            }
            if let first = earlier.first {
                return Judgement(verdict: .consistent,
                                 explanation: "You said \(Comparator.said(.date(said))); the \(facts.source.title) records before the operating period show \(first.id) on \(first.day).",
                                 citations: cited)
            }
        }
        if interpretation.people.count > 1, case let .person(name)? = resolved.reference {
            // "Me, or Ravi if I'm off": a set of people, held against who the records show.
            let named = interpretation.people.map(\.name)
            let list = named.dropLast().joined(separator: ", ") + " and " + named.last!
            let recorded = resolver.recordedStaff(for: question)
            if recorded.count > 1 {
                // Set against set: who was named, who signed. A cell was read as a person by
                // name, id, alias, login or initials; a named person is matched the same way.
                let ids = Set(interpretation.people.map(\.id))
                let spellings = Set(interpretation.people.flatMap { ([$0.id, $0.name] + $0.aliases).map(StaffMember.fold) })
                let named = { (r: (name: String, id: String?, records: Int)) in
                    r.id.map(ids.contains) ?? false || spellings.contains(StaffMember.fold(r.name))
                }
                let total = recorded.map(\.records).reduce(0, +)
                let covered = recorded.filter(named).map(\.records).reduce(0, +)
                let others = recorded.filter { !named($0) }.map(\.name)
                // The people named should account for most of what the records show.
                let verdict: Verdict = covered == 0 ? .contradicts : covered * 3 >= total * 2 ? .consistent : .partlyConsistent
                let also = others.isEmpty ? "" : "; the records also show " + EvidenceWording.list(Array(others.prefix(4)))
                let shown = recorded.prefix(4).map { "\($0.name) (\($0.records))" }
                return Judgement(verdict: verdict,
                                 explanation: "You named \(list), who account for \(covered) of \(total) records; \(resolved.source) "
                                     + "\(Comparator.agreeing("show " + EvidenceWording.list(shown), with: resolved.source))\(also).",
                                 citations: resolved.citations)
            }
            let among = interpretation.people.contains { p in
                [p.id, p.name].map { $0.lowercased() }.contains(name.lowercased()) || p.aliases.contains { $0.lowercased() == name.lowercased() }
            }
            return Judgement(verdict: among ? .consistent : .contradicts,
                             explanation: "You named \(list); \(resolved.source) \(Comparator.agreeing("show \(name)", with: resolved.source))"
                                + (among ? ", one of them." : ", who is not among them."),
                             citations: resolved.citations)
        }
        return Comparator.compare(interpretation, with: resolved.reference, tolerance: question.compare?.tolerance ?? Tolerance(),
                                  recorded: resolved.source, citations: resolved.citations)
    }

    /// "All of them", "every one", "always, no exceptions", "100 %": a claim about every record.
    static func claimsAll(_ interpretation: Interpretation, _ text: String?) -> Bool {
        switch interpretation.value {
        case .number(let n)?: return n >= 99.95 && interpretation.kind == .percent
        case .yesNo(.yes)?:
            let words = " " + Normalizer.normalize(text ?? "").words.joined(separator: " ") + " "
            return [" all of them ", " every one ", " every single ", " always ", " no exceptions ", " without exception ",
                    " all ", " everyone ", " everybody ", " every ", " each one ", " 100 percent "].contains { words.contains($0) }
        default: return false
        }
    }

    /// "We have not done one since the end of May", when the records indeed stop there and the
    /// periods since are all missed: the owner describes the lapse the records show.
    func lapsed(_ interpretation: Interpretation, _ question: Question, _ resolved: ReferenceResolver.Resolved?) -> Judgement? {
        guard case let .frequency(said)? = interpretation.value, said.label == .never,
              case .evidence(_, .cadence, _)? = question.compare,
              let resolved, let facts = resolved.evidence, let last = facts.last else { return nil }
        let since = facts.missedPeriods.filter { $0.start > last }
        guard since.count >= 2 else { return nil }
        return Judgement(verdict: .consistent,
                         explanation: "You said it is not being done; \(resolved.source) stop on \(last), with none in the \(since.count) periods since.",
                         citations: resolved.citations)
    }

    /// "Once a year" about an annual exercise with no occurrence in an eight-month ISMS, the
    /// last one before the period: fewer than two occurrences cannot show a cadence, so the
    /// answer is held against the documented frequency and the history (the latest occurrence
    /// and when the next falls due), or cannot be checked; never against "never" when nothing
    /// was due.
    func unshownCadence(_ interpretation: Interpretation, _ question: Question,
                        _ resolved: ReferenceResolver.Resolved?) -> Judgement? {
        guard case let .frequency(said)? = interpretation.value,
              case let .evidence(_, .cadence, tolerance)? = question.compare,
              let resolved, let f = resolved.evidence, let unshown = resolver.unshownCadence(f) else { return nil }
        var held = f.count == 0
            ? "\(resolved.source) hold no occurrence in the operating period"
            : "\(resolved.source) hold one occurrence in the operating period"
        held += ", too few to show a cadence, and " + (f.schedule.expected.isEmpty ? "none fell due in it" : "none that fell due was missed")
        var cited: [Citation] = []
        if let latest = unshown.latest {
            held += latest.beforePeriod
                ? ": the last was \(latest.id) on \(latest.day), before the period"
                : ": \(latest.id) on \(latest.day)" + (unshown.earlier.map { ", and before the period \($0.id) on \($0.day)" } ?? "")
            cited.append(Citation(kind: .record, reference: latest.id, detail: latest.day.description))
            if let earlier = unshown.earlier { cited.append(Citation(kind: .record, reference: earlier.id, detail: earlier.day.description)) }
            if let next = unshown.nextDue { held += "; the next falls due by \(next)" }
        }
        // What the answer is held against: the documented frequency, else the one real gap
        // the history gives (the occurrence before the period to the one in it).
        let gap = unshown.earlier.flatMap { e in unshown.latest.map { Frequency.nearestRung(toDays: Double(e.day.days(until: $0.day))) } }
        guard let against = unshown.documented ?? gap else {
            return Judgement(verdict: .cannotCheck,
                             explanation: "You said \(said); \(held), and no frequency is documented, so it cannot be checked.",
                             citations: cited)
        }
        let steps = said.rung.flatMap { a in against.rung.map { abs(a - $0) } }
        let verdict: Verdict = steps.map { $0 == 0 ? .consistent : $0 <= Double(tolerance.steps) ? .partlyConsistent : .contradicts }
            ?? (said.label == against.label ? .consistent : .contradicts)
        let source = unshown.documented != nil ? "the documents say \(against)" : "the one gap the records show is about \(against)"
        return Judgement(verdict: verdict, explanation: "You said \(said); \(held). \(source.prefix(1).uppercased() + source.dropFirst()).",
                         citations: cited)
    }

    /// What one turn shows about the person and the control, before it is weighed against
    /// the records (JUDGEMENT.md §3): a contradiction, not being able to describe the control,
    /// or coaching points (hedged, recited, thin, partly right). `InterviewEvidence` decides
    /// which of these reach the organisation's findings; none carries a grade above an
    /// observation, and no question's own severity grades anything.
    public func findings(for turn: InterviewTurn, question: Question) -> [Finding] {
        guard let answer = turn.answer, let interpretation = turn.interpretation else { return [] }
        let owner = scenario.staffMember(turn.interviewee)
        let who = owner?.addressed ?? turn.interviewee
        var cited = [Citation(kind: .answer, reference: question.id, detail: answer)]
        if let f = turn.followUp, let a = f.answer { cited.append(Citation(kind: .answer, reference: question.id + " follow-up", detail: a)) }
        cited += turn.judgement.citations
        func make(_ rule: FindingRule, _ grade: Grade, _ found: String, _ sources: [SourceKind], _ correction: String, _ action: String) -> Finding {
            Finding(id: Finding.makeID(stage: question.stage, control: question.control, rule: rule, subject: question.id),
                    stage: question.stage, control: question.control, grade: grade, rule: rule,
                    requirement: "People who run \(question.control) can describe how it operates, consistently with its records.",
                    found: found, evidence: cited, sources: sources, correction: correction, correctiveAction: action,
                    owner: owner?.id, person: owner?.id ?? turn.interviewee, heldAgainst: turn.heldAgainst)
        }
        var out: [Finding] = []
        let coverageShort = question.answer == .freeText && turn.judgement.verdict == .partlyConsistent
        let blank = interpretation.value == nil && turn.judgement.verdict != .cannotCheck
        if blank, !interpretation.unmeasured, !InterviewJudge.saysUnknown(interpretation, answer) {
            // Not understood, or open to two readings: an auditor asks again and never grades
            // a guess, so this is the person's coaching, not evidence against them.
            let why = interpretation.confirm.map { "it stayed open to two readings (\"\($0)\")" }
                ?? "it could not be read as \(question.answer.phrase)"
            out.append(make(.unclearAnswer, .improvement, "\(who): \(why), so it is not graded. \(interpretation.explanation)", [.said],
                            "None required.", "Answer with the figure, date or name itself, as the records would show it."))
        } else if InterviewJudge.saysUnknown(interpretation, answer) || blank {
            out.append(make(.cannotDescribe, .observation,
                            "Asked \"\(turn.asked)\", \(who) could not describe the control: \(turn.judgement.explanation)", [.said],
                            "Consider walking \(owner?.name ?? "the owner") through the control's procedure and records.",
                            "The organisation may wish to brief control owners on their controls before audits."))
        } else if coverageShort {
            out.append(make(.thinAnswer, .improvement, "\(who): \(turn.judgement.explanation)", [.said],
                            "None required.", "Describe the control with its steps, people and records."))
        } else if turn.judgement.verdict == .contradicts {
            out.append(make(.answerContradicts, .observation,
                            "\(who): \(turn.judgement.explanation)", [.said, .recorded],
                            "Consider establishing which is right, the account or the records, and correcting the other.",
                            "The organisation may wish to brief the owner on what the records show."))
        } else {
            // "Not sure - every month or two?" doubts a typed answer; "even if unsure" inside an
            // account does not.
            let doubted = interpretation.unknown && !(interpretation.value.map { if case .freeText = $0 { true } else { false } } ?? true)
            if interpretation.hedged || doubted {
                out.append(make(.hedgedAnswer, .improvement, "\(who) was unsure: \(interpretation.explanation)", [.said],
                                "None required.", "Owners should know their control's frequency, last occurrence and evidence."))
            }
            if turn.judgement.verdict == .partlyConsistent, question.answer != .freeText {
                out.append(make(.improvement, .improvement, "\(who): \(turn.judgement.explanation)", [.said, .recorded],
                                "None required.", "Align what the owner says with the records so the account is exact."))
            }
        }
        if let recited = interpretation.recited {
            out.append(make(.recitedAnswer, .improvement,
                            "\(who) recited the \(scenario.documents.first { $0.id == recited.documentID }?.title ?? recited.documentID) nearly word for word rather than describing practice.",
                            [.said, .documented], "None required.",
                            "Explain the control in your own words with real examples."))
        }
        return out
    }
}

extension Scenario {
    /// The people an answer may name, as the person interpreter matches them.
    public var staffReferences: [StaffRef] {
        staff.map { StaffRef(id: $0.id, name: $0.name, role: $0.role, aliases: $0.aliases) }
    }

    /// Document wording an answer may recite.
    public var referenceDocuments: [ReferenceDocument] {
        documents.compactMap { d in d.text.map { ReferenceDocument(id: d.id, text: $0) } }
    }
}

extension InterviewTurn {
    /// What the records hold against "all of them": the missed periods for coverage, the
    /// failing, late or unapproved records for a rate; never the records that passed.
    static func exceptions(to question: Question, in resolved: ReferenceResolver.Resolved) -> [String] {
        guard case let .evidence(_, fact, _)? = question.compare, let facts = resolved.evidence else {
            return resolved.citations.filter { $0.kind == .record }.map(\.reference)
        }
        switch fact {
        case .coverage: return facts.schedule.missed.map(\.name)
        case .testPassRate: return facts.testFailures.keys.sorted()
        case .approvalRate: return facts.unapproved
        case .onTimeRate, .timeliness: return facts.timing?.late.map(\.id) ?? []
        default: return []
        }
    }
}
