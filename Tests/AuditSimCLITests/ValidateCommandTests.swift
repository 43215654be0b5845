import Foundation
import Testing

@Suite("auditsim validate, run as a user would")
struct ValidateCommandTests {
    @Test func shippedDataIsClean() throws {
        let result = try Binary.run(["validate"], directory: Binary.repository)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(": ok"))
    }

    @Test func shippedDataIsFoundFromAnyDirectory() throws {
        let result = try Binary.run(["validate", "--quiet"], directory: URL(fileURLWithPath: "/"))
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func brokenFilesFailWithEveryLocatedProblem() throws {
        let broken = Binary.coreFixtures.appendingPathComponent("broken")
        let result = try Binary.run(["validate", "broken", "banks/mini"], directory: Binary.coreFixtures)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count >= 30, "\(result.stderr)")
        #expect(lines.allSatisfy { $0.hasPrefix("broken/") }, "\(result.stderr)")
        #expect(result.stderr.contains("broken/dupkey-bank/bank.yaml:9:5: error: duplicate key 'title'"))
        #expect(result.stderr.contains("broken/scenario/evidence/reviews.csv:4: error: row has 2 field(s)"))
        #expect(!result.stderr.contains("\u{1B}["), "no colour when not a terminal")
        _ = broken
    }

    @Test func aMissingPathIsAnError() throws {
        let result = try Binary.run(["validate", "/no/such/place"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/no/such/place: error: no such file or folder"))
    }
}

@Suite("Help reads well")
struct HelpTests {
    @Test(arguments: [[], ["validate"]])
    func helpDescribesTheCommand(path: [String]) throws {
        let result = try Binary.run(path + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE:"))
        #expect(result.stdout.contains("OVERVIEW:"))
    }
}
