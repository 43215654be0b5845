import Testing
@testable import AuditSimCore

/// What a figure counts depends on the words around it, as an interviewer hears them: the
/// sentence it is in, the noun after it, and whether a "none" is about all of them or only
/// some. Written from interview notes, not from the parser.
@Suite("What a figure counts")
struct CountContextTests {
    /// To "what share is complete / on time?": failure words in a later sentence describe the
    /// rest, they do not turn the figure into a count of failures.
    @Test(arguments: [
        ("About ninety-odd percent. The ones outstanding are the new starters from the last few weeks, and they're not due yet.",
         95.7, Verdict.consistent),
        ("About ninety-odd percent. The ones outstanding are the new starters.", 40, .contradicts),
        ("Ninety-five per cent! The rest are overdue, mostly night shift.", 95, .consistent),
        ("Five per cent are still outstanding, all new starters.", 95, .consistent),
        ("ten percent are overdue", 90, .consistent),
        ("ten percent are overdue", 10, .contradicts),
    ])
    func failuresAreReadInTheFiguresSentence(_ said: String, _ recorded: Double, _ verdict: Verdict) {
        var ctx = context
        ctx.population = 140
        ctx.unit = "people"
        ctx.successShare = true
        let heard = interpret(said, .percent, ctx)
        let judgement = Comparator.compare(heard, with: .percent(recorded), tolerance: Tolerance(), recorded: "the records")
        #expect(judgement.verdict == verdict, "\(said) -> \(heard.explanation) / \(judgement.explanation)")
    }

    /// A count followed by a noun is a share of the records only when the noun is what the
    /// records count (or people); "two references" in a list of checks is not an amount.
    @Test(arguments: [
        ("Right to work, ID, two references, and DBS where the client wants it - all back before they start.", "new starters", 100.0),
        ("we take two references for everyone", "new starters", 100),
        ("thirty-eight new starters", "new starters", 95),
        ("thirty-eight joiners", "new starters", 95),
        ("thirty restore tests", "restore tests", 75),
        ("eleven leavers", "leavers", 27.5),
        ("eleven of them", "leavers", 27.5),
        ("all but two joiners", "new starters", 95),
        // A kind of the records' items that went wrong is still a count of them; "the Java
        // one" says which, not how many.
        ("Most of them. Two highs ran over in the summer, and the Java one is still open.", "vulnerabilities", 95),
    ])
    func aCountIsAShareOfTheRecordsOnlyWhenItCountsThem(_ said: String, _ unit: String, _ heard: Double) {
        var ctx = context
        ctx.population = 40
        ctx.unit = unit
        ctx.successShare = true
        let reading = interpret(said, .percent, ctx)
        guard case let .number(v)? = reading.value else {
            Issue.record("\(said) -> \(reading.explanation)")
            return
        }
        #expect(abs(v - heard) < 0.01, "\(said) -> \(reading.explanation)")
    }

    /// A zero narrowed by its own clause ("not one we had to report") counts some of them: it
    /// never replaces the count said beside it, and said alone it is asked about.
    @Test(arguments: [
        ("One - a laptop left in a taxi in Dublin. Encrypted, wiped remotely, and logged as a breach but not one we had to report.", 1.0),
        ("Three, none that we had to tell the ICO about", 3),
        ("Two, and nothing we had to escalate", 2),
        ("None that I know of", 0),
        ("None at all", 0),
        ("Not one that I can remember", 0),
    ])
    func aNarrowedZeroDoesNotReplaceTheCount(_ said: String, _ heard: Double) {
        let reading = interpret(said, .number)
        #expect(reading.value == .number(heard), "\(said) -> \(reading.explanation)")
    }

    @Test(arguments: ["None we had to report.", "nothing that needed reporting to the regulator"])
    func aNarrowedZeroAloneIsAskedAbout(_ said: String) {
        let reading = interpret(said, .number)
        #expect(reading.value == nil, "\(said) -> \(reading.explanation)")
        #expect(reading.confirm?.contains("at all") == true, "\(said) -> \(reading.confirm ?? "no question")")
        #expect(reading.confirm?.contains(" we ") != true, "the auditor says 'you': \(reading.confirm ?? "")")
    }
}

/// A count given by its parts is added up, as a listener would; parts that are not parallel
/// (a subset, a hedge, a correction) are not.
@Suite("Counts given by their parts")
struct CountPartsTests {
    @Test(arguments: [
        ("We had two P1s and about five P2s.", 7.0),
        ("Three in Dublin and one in Belfast", 4),
        ("3 criticals, 10 highs and 20 mediums", 33),
        ("Eleven incidents, two of them breaches", 11),
        ("Three, maybe four.", 3.5),  // three to four: either agrees with the records
        ("The target was 5 but we found 7", 7),
        ("12 out of 15 servers", 12),
    ])
    func parallelPartsAreAdded(_ said: String, _ heard: Double) {
        let reading = interpret(said, .number)
        #expect(reading.value == .number(heard), "\(said) -> \(reading.explanation)")
    }
}

/// Thinking aloud: "two? No - hang on, four or five" is four or five; a topic said first
/// ("Failures...") says what the figure counts.
@Suite("Self-corrections and topics")
struct SelfCorrectionTests {
    @Test(arguments: [
        ("Two? No - hang on, four.", 4.0),
        ("Three, hold on, five", 5),
        ("Twelve. No wait, fourteen", 14),
    ])
    func theCorrectionCounts(_ said: String, _ heard: Double) {
        #expect(interpret(said, .number).value == .number(heard), "\(said) -> \(interpret(said, .number).explanation)")
    }

    @Test func aFailureTopicMakesTheCountTheFailures() {
        var ctx = context
        ctx.population = 1600
        ctx.successShare = true
        let said = "Failures... two? No - hang on, more than that. Four or five over the summer and autumn, and every one re-ran clean the same night."
        let heard = interpret(said, .percent, ctx)
        let judgement = Comparator.compare(heard, with: .percent(99.7), tolerance: Tolerance(), recorded: "the records")
        #expect(judgement.verdict == .consistent, "\(heard.explanation) / \(judgement.explanation)")
    }
}
