import Foundation
import Testing

@Suite("auditsim interpret")
struct InterpretCommandTests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try Binary.run(["interpret", "--format", "json", "--today", "2026-11-16"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1, "exactly one JSON object")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func frequencyPracticeOverRule() throws {
        let object = try Self.json(["--kind", "frequency", "supposed to be quarterly but really twice a year"])
        #expect(object["kind"] as? String == "frequency")
        let value = try #require(object["value"] as? [String: Any])
        #expect(value["label"] as? String == "semiannual")
        #expect(value["days"] as? Int == 182)
        #expect(object["uncertain"] as? Bool == false)
        #expect((object["explanation"] as? String)?.isEmpty == false)
    }

    @Test func pastMonthResolvesToLastYear() throws {
        let value = try #require(try Self.json(["--kind", "date", "in December"])["value"] as? [String: Any])
        #expect(value["start"] as? String == "2025-12-01")
        #expect(value["end"] as? String == "2025-12-31")
        #expect(value["precision"] as? String == "month")
    }

    @Test func hedgingIsUncertain() throws {
        let object = try Self.json(["--kind", "yes-no", "I think so, mostly"])
        #expect(object["uncertain"] as? Bool == true)
        #expect(object["value"] as? String == "partial")
    }

    @Test func nonsenseHasANullValue() throws {
        let object = try Self.json(["--kind", "duration", "purple elephants"])
        #expect(object["value"] is NSNull)
    }

    @Test func personMatchesTheScenarioStaff() throws {
        let value = try #require(try Self.json(["--kind", "person", "--scenario", "harbourline", "the head of IT"])["value"] as? [String: Any])
        #expect(value["role"] as? String != nil)
        #expect((value["name"] as? String)?.isEmpty == false)
    }

    @Test func aBadDateIsAUsageError() throws {
        let result = try Binary.run(["interpret", "--kind", "date", "--today", "2026-02-30", "yesterday"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--today must be a date"))
    }
}
