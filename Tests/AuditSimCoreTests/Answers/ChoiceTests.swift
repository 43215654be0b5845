import Testing
import AuditSimCore

@Suite("Choices")
struct ChoiceTests {
    static let encryption = ["Encrypted at rest", "Not encrypted", "Partially encrypted"]
    static let frequencies = ["Weekly", "Monthly", "Quarterly"]
    static let mfa = ["Multi-factor authentication (MFA)", "Password only", "Single sign-on / SSO"]

    static let cases: [(String, [String], String)] = [
        ("encrypted at rest", encryption, "Encrypted at rest"),
        ("ENCRYPTED AT REST!!", encryption, "Encrypted at rest"),
        ("It's not encrypted", encryption, "Not encrypted"),
        ("partially", encryption, "Partially encrypted"),
        ("the data is encrypted when stored at rest", encryption, "Encrypted at rest"),
        ("every three months", frequencies, "Quarterly"),
        ("monthly", frequencies, "Monthly"),
        ("we use MFA", mfa, "Multi-factor authentication (MFA)"),
        ("multi factor", mfa, "Multi-factor authentication (MFA)"),
        ("just passwords", mfa, "Password only"),
        ("SSO", mfa, "Single sign-on / SSO"),
        ("option 2", frequencies, "Monthly"),
        ("the last one", frequencies, "Quarterly"),
        ("yep", ["Yes", "No", "Partially"], "Yes"),
        ("mostly", ["Yes", "No", "Partially"], "Partially"),
    ]

    @Test(arguments: cases)
    func understands(_ text: String, _ options: [String], _ expected: String) {
        var ctx = context
        ctx.options = options
        let result = interpret(text, .choice, ctx)
        #expect(result.value == .choice(expected), "\(text) -> \(result.explanation)")
    }

    @Test func noMatchListsTheOptions() {
        var ctx = context
        ctx.options = Self.frequencies
        let result = interpret("banana", .choice, ctx)
        #expect(result.value == nil)
        #expect(result.explanation.contains("'Weekly', 'Monthly', 'Quarterly'"))
    }

    @Test func tieIsAmbiguous() {
        var ctx = context
        ctx.options = Self.frequencies
        let result = interpret("weekly or monthly", .choice, ctx)
        #expect(result.value == nil)
        #expect(result.explanation.contains("Ambiguous"))
    }
}
