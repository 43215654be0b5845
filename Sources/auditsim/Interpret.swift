import ArgumentParser
import AuditSimCore
import AuditSimREPL
import Foundation

struct Interpret: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how auditsim understands an answer (for bank authors and the curious).",
        discussion: """
            Examples:
              auditsim interpret --kind frequency "supposed to be quarterly but really twice a year"
              auditsim interpret --kind date --today 2026-11-16 "back in March" --format json
              auditsim interpret --kind person --scenario harbourline "the head of IT"
              auditsim interpret --kind person --speaker amira-haddad "me, or Kacper if I'm off"
              auditsim interpret --kind percent --population 11 --unit leavers "all but one"
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .long, help: ArgumentHelp("What kind of answer: \(AnswerKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var kind: AnswerKind

    @Option(name: .long, help: ArgumentHelp("The session's date for relative dates (default: the scenario's audit date).", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(name: .long, help: "Choices, for --kind choice (comma-separated).")
    var options: String?

    @Option(name: .long, help: ArgumentHelp("Who is answering (a staff id), so \"me\" and \"I\" name them.", valueName: "id"))
    var speaker: String?

    @Option(name: .long, help: ArgumentHelp("How many items the records hold, for shares such as \"all but two\".", valueName: "n"))
    var population: Int?

    @Option(name: .long, help: ArgumentHelp("What those items are called (\"leavers\").", valueName: "word"))
    var unit: String?

    @Flag(name: .long, help: "The question asks for the share that went right, so \"ten per cent went over\" is 90 %.")
    var successShare = false

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @OptionGroup var data: DataOptions

    @Argument(help: "The answer, as someone would say it.")
    var text: [String]

    func validate() throws {
        if let today, Day(iso: today) == nil { throw ValidationError("--today must be a date written YYYY-MM-DD, not '\(today)'") }
        if text.isEmpty { throw ValidationError("give the answer text to interpret") }
    }

    func run() throws {
        // The scenario supplies staff, documents and the default date; it is optional.
        let scenario = (try? data.dataRoot()).flatMap { try? ScenarioLoader.load(data.scenarioDirectory($0)) }
        let day = today.flatMap { Day(iso: $0) } ?? scenario?.organisation.auditDate ?? Interpret.systemToday()
        var context = InterpretationContext(
            today: day, dateOrder: scenario?.organisation.dateOrder ?? .dayFirst,
            staff: scenario?.staffReferences ?? [],
            options: options?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? [],
            documents: scenario?.referenceDocuments ?? [],
            speaker: speaker.map { s in
                if let scenario, case let .found(m) = StaffMatch.find(s, in: scenario.staff) { return m.id }
                return s
            }, population: population, unit: unit,
            instances: scenario?.vocabulary ?? [:])
        context.successShare = successShare
        let result = AnswerInterpreter.interpret(text.joined(separator: " "), as: kind, in: context)
        switch format {
        case .json: print(result.jsonString())
        case .text:
            print(result.explanation)
            if let confirm = result.confirm { print("(not graded: the auditor would ask back \"\(confirm)\")") }
            if result.uncertain { print(result.unknown ? "(the speaker does not know)" : "(the speaker hedged)") }
        }
    }

    static func systemToday() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

extension AnswerKind: ExpressibleByArgument {}
