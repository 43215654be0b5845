import Foundation
import Testing

@testable import AuditSimCore

/// The machine-readable exports are checked by the validators their consumers use: NIST's
/// OSCAL schema (through ../shared/oscal/validate.py, as CI does) and docs/report.schema.json.
@Suite("OSCAL and JSON exports validate")
struct ReportValidationTests {
    @Test(.enabled(if: ReportSupport.oscalReady, "needs python3 with jsonschema and ../shared/oscal/validate.py"),
          arguments: ReportSupport.cases)
    func oscalValidatesAgainstTheNISTSchema(scenario: String, answerSet: String) throws {
        let (summary, _) = try ReportSupport.run(scenario, answerSet)
        let file = try ReportSupport.temporaryFile(try OSCALReport.render(summary), name: "\(scenario)-\(answerSet).oscal.json")
        let result = try ReportSupport.python([ReportSupport.oscalValidator.path, file.path])
        #expect(result.status == 0 && result.output.hasPrefix("valid"), "\(scenario)/\(answerSet):\n\(result.output.prefix(3000))")
    }

    @Test(.enabled(if: ReportSupport.pythonReady, "needs python3 with jsonschema"), arguments: ReportSupport.cases)
    func jsonValidatesAgainstTheDocumentedSchema(scenario: String, answerSet: String) throws {
        let (summary, _) = try ReportSupport.run(scenario, answerSet)
        let file = try ReportSupport.temporaryFile(try summary.json(), name: "\(scenario)-\(answerSet).json")
        let result = try ReportSupport.validateReportJSON(file)
        #expect(result.status == 0, "\(scenario)/\(answerSet):\n\(result.output.prefix(3000))")
    }

    @Test func oscalIsByteForByteStableAndReadsNoClock() throws {
        let (summary, _) = try ReportSupport.run("harbourline", "nervous")
        let first = try OSCALReport.render(summary)
        let dir = ReportSupport.root.scenariosDirectory.appendingPathComponent("harbourline")
        let (again, _) = try ReportSupport.run(directory: dir, answerSet: "nervous")
        #expect(try OSCALReport.render(again) == first)
        #expect(first.contains("\"last-modified\" : \"\(summary.organisation.auditDate)T17:00:00Z\""))
        #expect(first.contains("\"oscal-version\" : \"1.1.2\""))
    }

    @Test func oscalLinksFindingsToTheirObservations() throws {
        let (summary, _) = try ReportSupport.run("fenwick", "nervous")
        let doc = try #require(JSONSerialization.jsonObject(with: Data(try OSCALReport.render(summary).utf8)) as? [String: Any])
        let result = try #require(((doc["assessment-results"] as? [String: Any])?["results"] as? [[String: Any]])?.first)
        let observations = try #require(result["observations"] as? [[String: Any]])
        let byUUID = Dictionary(uniqueKeysWithValues: observations.map { ($0["uuid"] as! String, $0) })
        #expect(byUUID.count == observations.count, "observation uuids are unique")
        let methods = Set(observations.flatMap { $0["methods"] as? [String] ?? [] })
        #expect(methods == ["EXAMINE", "TEST", "INTERVIEW"])
        let findings = try #require(result["findings"] as? [[String: Any]])
        #expect(Set(findings.map { $0["uuid"] as! String }).count == findings.count, "finding uuids are unique")
        for f in findings {
            for link in f["related-observations"] as? [[String: String]] ?? [] {
                #expect(byUUID[link["observation-uuid"]!] != nil, "dangling link in \(f["title"] ?? "")")
            }
        }
        // An answer that contradicts failing records is evidence inside their finding, and the
        // finding is linked to the interview where it was given.
        let contradiction = try #require(summary.findings.first { $0.evidence.contains { $0.kind == "answer" } })
        let entry = try #require(findings.first { ($0["title"] as? String)?.contains(contradiction.controlTitle) == true && ($0["props"] as? [[String: String]])?.contains { $0["value"] == contradiction.id } == true })
        let linked = (entry["related-observations"] as? [[String: String]] ?? []).compactMap { byUUID[$0["observation-uuid"]!] }
        #expect(linked.contains { ($0["methods"] as? [String]) == ["INTERVIEW"] && ($0["title"] as? String)?.hasPrefix("Interview:") == true })
        let target = try #require(entry["target"] as? [String: Any])
        #expect(target["target-id"] as? String == OSCALReport.controlID(contradiction.control) + "_obj")
    }

    @Test func controlIDsBecomeOSCALTokens() {
        #expect(OSCALReport.controlID("A.5.15") == "a.5.15")
        #expect(OSCALReport.controlID("9.3") == "clause-9.3")
        #expect(OSCALReport.controlID("6.1.3") == "clause-6.1.3")
        #expect(OSCALReport.controlID("CC6.1") == "cc6.1")
    }

    @Test func uuidsAreVersion5() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") and uuid5(NAMESPACE_URL, "https://auditsim.invalid/oscal").
        let dns: [UInt8] = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        #expect(StableUUID.make(namespace: dns, name: "python.org").text == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        #expect(StableUUID.make(namespace: StableUUID.urlNamespace, name: "https://auditsim.invalid/oscal").text == "b6440d53-0bb7-53ec-9106-d6f98539c718")
        #expect(StableUUID.make("Org", "finding/x") == StableUUID.make("Org", "finding/x"))
        #expect(StableUUID.make("Org", "finding/x") != StableUUID.make("Other", "finding/x"))
    }
}
