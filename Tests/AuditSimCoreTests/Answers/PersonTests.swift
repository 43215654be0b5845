import Testing
import AuditSimCore

@Suite("People and roles")
struct PersonTests {
    static let cases: [(String, String)] = [
        ("Sarah Jones", "s1"),
        ("sarah jones", "s1"),
        ("Jones", "s1"),
        ("It's our IT manager", "s1"),
        ("the head of IT", "s1"),
        ("That would be the IT lead", "s1"),
        ("Sarah, the IT Manager", "s1"),
        ("Sarah Lee in HR", "s2"),
        ("Raj", "s3"),
        ("our CISO", "s3"),
        ("Mr Patel", "s3"),
        ("the Chief Information Security Officer", "s3"),
        ("Tom O'Brien on the service desk", "s4"),
        ("Tom's team", "s4"),
        ("I think it's Will", "s5"),
        ("the DPO", "s5"),
        ("not Raj, it's Tom", "s4"),
        ("ask HR", "s2"),
        ("the IT team handles it", "s1"),
        // Typed in a hurry: one letter off, or two swapped, from one person's name.
        ("Patell does them", "s3"),
        ("Jonse", "s1"),
        ("Cartr signs them", "s5"),
    ]

    @Test(arguments: cases)
    func understands(_ text: String, _ id: String) {
        let result = interpret(text, .person)
        guard case let .person(p)? = result.value else {
            Issue.record("\(text) -> \(result.explanation)")
            return
        }
        #expect(p.id == id, "\(text) -> \(result.explanation)")
    }

    @Test func unknownNameIsExplained() {
        let result = interpret("Bob", .person)
        #expect(result.value == nil)
        #expect(result.explanation == "No one in the scenario matches 'Bob'.")
    }

    /// A near miss that fits two people, or nobody closely, is not bent into a name.
    @Test(arguments: ["Sarha", "Bobby", "Pattelson"])
    func nearMissesThatFitNoOneOrTwoAreNotGuessed(_ text: String) {
        #expect(interpret(text, .person).value == nil, "\(interpret(text, .person).explanation)")
    }

    @Test func fillerIsLeftOutOfTheExplanation() {
        #expect(interpret("That would be Bob", .person).explanation == "No one in the scenario matches 'Bob'.")
    }

    @Test func equalMatchesAreAmbiguous() {
        let result = interpret("Sarah", .person)
        #expect(result.value == nil)
        #expect(result.explanation.contains("Ambiguous"))
        #expect(result.explanation.contains("Sarah Jones (IT Manager)"))
        #expect(result.explanation.contains("Sarah Lee (HR Lead)"))
    }

    @Test func ordinaryWordsAreNotNames() {
        #expect(interpret("It will be whoever is on call", .person).value == nil)
    }

    @Test func pronounItIsNotTheITManager() {
        #expect(interpret("it is done by whoever is around", .person).value == nil)
    }

    /// An acronym after "the" or "our" names a system ("the HR system", "our IT estate"), not
    /// the function; "the HR team" and "ask HR" still name it.
    @Test(arguments: ["Nobody else here knows the HR side well enough", "a lot of our IT config went in on the Tuesday"])
    func anAcronymNamingAThingIsNoOne(_ said: String) {
        #expect(interpret(said, .person).value == nil, "\(interpret(said, .person).explanation)")
    }

    @Test func nobodyIsSaidPlainly() {
        let result = interpret("Nobody, really", .person)
        #expect(result.value == nil)
        #expect(result.explanation.contains("names no one"))
    }
}
