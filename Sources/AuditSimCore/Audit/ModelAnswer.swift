/// A model answer built from the person's own records and documents: what a prepared
/// owner would say across the table, with the figures and ids an auditor can check.
extension InterviewJudge {
    public func modelAnswer(for question: Question) -> String? {
        if question.answer == .freeText {
            let points = question.talkingPoints.map(\.concept)
            return points.isEmpty ? nil : "Walk through " + EvidenceWording.list(points) + ", with a real example from the last few months."
        }
        guard let resolved = resolver.resolve(question, kind: question.answer), let reference = resolved.reference else { return nil }
        let facts = resolved.evidence
        let lastRecord = facts?.population.last.map { " The last was on \($0.day) (\($0.id))." } ?? ""
        let exceptions = resolved.citations.filter { $0.kind == .record && $0.detail != $0.reference }.prefix(4).map(\.reference)
        let except = exceptions.isEmpty ? "" : " The exceptions were " + EvidenceWording.list(Array(exceptions)) + ", and here is why."
        switch reference {
        case let .frequency(observed, documented):
            var text = "\"\(observed.description.prefix(1).uppercased() + observed.description.dropFirst())"
            if let documented, documented != observed { text += " (the procedure says \(documented))" }
            if let missed = facts?.missedPeriods, !missed.isEmpty {
                text += "; we missed " + EvidenceWording.list(missed.map(ExpectedPeriods.name))
            }
            return text + "." + lastRecord + "\""
        case let .date(day):
            let id = resolved.citations.first(where: { $0.kind == .record })?.reference
            return "\"On \(day)" + (id.map { " (\($0))" } ?? "") + ".\""
        case let .percent(rate):
            let of = facts.map { " (\(Comparator.format((rate / 100 * Double($0.count)).rounded())) of \($0.count))" } ?? ""
            if question.answer == .yesNo {
                return rate >= 99.95 ? "\"Yes, all of them\(of).\"" : "\"Partly: \(Comparator.format(rate)) %\(of).\(except)\""
            }
            return "\"\(Comparator.format(rate)) %\(of).\(except)\""
        case let .number(n):
            if !question.matching.isEmpty {
                let cited = resolved.citations.map { "\($0.reference) (\($0.detail))" }
                if question.answer == .yesNo {
                    return n == 0 ? "\"No: the incident log holds none.\"" : "\"Yes: " + EvidenceWording.list(cited) + ".\""
                }
                return "\"\(Comparator.format(n))" + (cited.isEmpty ? "" : ": " + EvidenceWording.list(cited)) + ".\""
            }
            return "\"\(Comparator.format(n)).\(lastRecord)\""
        case let .duration(hours, documented):
            return documented ? "\"The procedure sets \(EvidenceWording.hours(hours)).\"" : "\"Typically \(EvidenceWording.hours(hours)).\(except)\""
        case let .person(name):
            return "\"\(name).\""
        case let .text(text):
            return "\"\(text).\""
        }
    }
}
