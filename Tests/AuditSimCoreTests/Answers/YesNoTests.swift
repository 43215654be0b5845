import Testing
import AuditSimCore

@Suite("Yes / no / partly")
struct YesNoTests {
    static let cases: [(String, YesNo)] = [
        ("yes", .yes),
        ("Yep.", .yes),
        ("Yeah, we do", .yes),
        ("of course we do", .yes),
        ("Absolutely", .yes),
        ("every single one", .yes),
        ("always", .yes),
        ("all of them", .yes),
        ("no problem, we always do", .yes),
        ("Yes, without exception", .yes),
        ("we never miss one", .yes),
        ("I think so", .yes),
        ("Correct, it's in place", .yes),
        // "Yeah, no": the yeah acknowledges, the no answers; "yeah, no problem" is a yes.
        ("Yeah no, we don't do that", .no),
        ("Yeah, nah - not since the migration", .no),
        ("Yeah, no problem, every time", .yes),
        ("Yes, no one gets in without a badge", .yes),
        // A double negative is a yes the speaker assumes (and is heard as hedged).
        ("I wouldn't say no", .yes),
        ("There's no reason it wouldn't be", .yes),
        ("I don't see why not", .yes),
        ("no", .no),
        ("Nope", .no),
        ("not really", .no),
        ("not yet", .no),
        ("never", .no),
        ("No, never", .no),
        ("we don't", .no),
        ("Of course not", .no),
        ("none of them", .no),
        ("It isn't in place", .no),
        ("I don't think so", .no),
        ("Not that I'm aware of", .no),
        ("mostly", .partly),
        ("usually", .partly),
        ("not always", .partly),
        ("sometimes", .partly),
        ("partially", .partly),
        ("yes but not for emergency changes", .partly),
        ("Yes, except for contractors", .partly),
        ("most of them", .partly),
        ("in most cases", .partly),
        ("we don't always", .partly),
        ("not all of them", .partly),
        ("Yes and no", .partly),
        ("Almost always", .partly),
        ("No, not always", .partly),
    ]

    @Test(arguments: cases)
    func understands(_ text: String, _ expected: YesNo) {
        let result = interpret(text, .yesNo)
        #expect(result.value == .yesNo(expected), "\(text) -> \(result.explanation)")
    }

    static let unknowns = ["I'd have to check", "I don't know", "not sure", "No idea", "can't remember, sorry"]

    @Test(arguments: unknowns)
    func unknownHasNoValue(_ text: String) {
        let result = interpret(text, .yesNo)
        #expect(result.value == nil, "\(text) -> \(result.explanation)")
        #expect(result.unknown)
        #expect(result.uncertain)
    }

    @Test(arguments: ["banana", "the firewall is grey", "maybe"])
    func nonsenseGivesNoValue(_ text: String) {
        #expect(interpret(text, .yesNo).value == nil)
    }

    @Test func partlyExplainsWhy() {
        let result = interpret("Not always, to be honest", .yesNo)
        #expect(result.explanation.hasPrefix("Understood: partly (\"Not always\")"))
    }
}
