import Testing
import AuditSimCore

@Suite("Frequency")
struct FrequencyTests {
    static let cases: [(String, Frequency)] = [
        ("daily", .daily),
        ("We do it every day", .daily),
        ("Backups run nightly", .daily),
        ("each business day", .daily),
        ("Every working day, first thing", .daily),
        ("once a day", .daily),
        ("weekly", .weekly),
        ("Every Monday morning", .weekly),
        ("On Fridays", .weekly),
        ("once a week", .weekly),
        ("fortnightly", .fortnightly),
        ("every two weeks", .fortnightly),
        ("every other week", .fortnightly),
        ("twice a month", .fortnightly),
        ("monthly", .monthly),
        ("It's done every month", .monthly),
        ("once a month, at month end", .monthly),
        ("on the first Monday of every month", .monthly),
        ("every other month", .bimonthly),
        ("every 2 months", .bimonthly),
        ("Quarterly.", .quarterly),
        ("every quarter", .quarterly),
        ("every three months", .quarterly),
        ("four times a year", .quarterly),
        // The team's own rhythm, restated as an interval.
        ("every sprint, so two weeks", .fortnightly),
        ("at each release, which is about monthly", .monthly),
        ("per quarter", .quarterly),
        ("we do about one per month", .monthly),
        ("4 times per year", .quarterly),
        ("semi-annual", .semiannual),
        ("Twice a year", .semiannual),
        ("every six months", .semiannual),
        ("half-yearly", .semiannual),
        ("annual", .annual),
        ("yearly", .annual),
        ("once a year", .annual),
        ("every 12 months", .annual),
        ("Every ten days", Frequency(everyDays: 10)),
        ("every 10 days", Frequency(everyDays: 10)),
        ("every 3 weeks", Frequency(everyDays: 21)),
        ("every eighteen months", Frequency(everyDays: 548)),
        ("every two years", Frequency(everyDays: 730)),
        ("three times a year", Frequency(everyDays: 122)),
        ("continuously", .continuous),
        ("in real time", .continuous),
        ("all the time", .continuous),
        ("24/7 monitoring by the SOC", .continuous),
        ("ad hoc", .adHoc),
        ("ad-hoc, really", .adHoc),
        ("whenever there's a change", .adHoc),
        ("as needed", .adHoc),
        ("on demand", .adHoc),
        ("never", .never),
        ("not yet", .never),
        ("We haven't done one", .never),
        ("we don't", .never),
        ("We haven't done the annual test yet", .never),
        ("supposed to be quarterly but really twice a year", .semiannual),
        ("the policy says monthly, in practice every quarter", .quarterly),
        ("quarterly, although last year we only managed two", .semiannual),
        ("monthly in theory, every other month in reality", .bimonthly),
        ("It should be weekly but honestly it's more like every two weeks", .fortnightly),
        ("not monthly, quarterly", .quarterly),
        ("we do them every 3 months", .quarterly),
        ("every 2-3 weeks", Frequency(everyDays: 18)),
        ("24x7", .continuous),
        ("Every Monday and Thursday", .weekly),
        ("on the first of every month", .monthly),
        ("We test it once every two years", Frequency(everyDays: 730)),
        ("It's supposed to be monthly but it's more like every six weeks", Frequency(everyDays: 42)),
        ("biannually", .semiannual),
        ("Daily, and a full backup weekly", .daily),
        ("We don't have a fixed schedule", .adHoc),
        // Not happening is a practice too, and it beats the rule the speaker names.
        ("Quarterly on paper, but the admin review has not been done since the March pilot.", .never),
        ("Never - the monthly review has not run yet.", .never),
        ("The procedure says quarterly, signed off by me. Honestly, the only complete review was the pilot in March; we have not completed a quarterly review since April.", .never),
        ("Monthly is the plan, but we haven't done one since May.", .never),
        ("Not yet, it is planned quarterly.", .never),
        // ...but a lapse in one period, or a "never" about something else, is not "never".
        ("Monthly, and we never miss one.", .monthly),
        ("Weekly, but we didn't do it in August.", .weekly),
        ("Monthly, no exceptions.", .monthly),
        // A weekday every other week is a fortnight apart.
        ("Every other Tuesday, after the CAB", .fortnightly),
        ("every second Friday afternoon", .fortnightly),
        // A count of the unit an adverb names, as British speakers say it.
        ("six-monthly, in March and September", .semiannual),
        ("it's a 3 monthly review", .quarterly),
        ("two-weekly", .fortnightly),
        // Set by events, unless an interval is given for them.
        ("Before every release", .adHoc),
        ("at each release, which is about monthly", .monthly),
    ]

    @Test(arguments: cases)
    func understands(_ text: String, _ expected: Frequency) {
        let result = interpret(text, .frequency)
        #expect(result.value == .frequency(expected), "\(text) -> \(result.explanation)")
    }

    static let nonsense = ["banana", "the server room is blue", "42", "I like turtles", "not monthly"]

    @Test(arguments: nonsense)
    func nonsenseGivesNoValue(_ text: String) {
        #expect(interpret(text, .frequency).value == nil)
    }

    @Test func ruleAndPracticeAreBothExplained() {
        let result = interpret("supposed to be quarterly but really twice a year", .frequency)
        #expect(result.explanation.contains("in practice"))
        #expect(result.explanation.contains("quarterly"))
        #expect(!result.hedged)
    }

    @Test func explanationSaysWhatWasUnderstood() {
        let result = interpret("I think quarterly", .frequency)
        #expect(result.explanation == "Understood: quarterly (every 91 days); the speaker hedged (\"I think\").")
        #expect(result.uncertain)
    }
}
