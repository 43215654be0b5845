import Foundation
import Testing

/// `auditsim report` exports a stored session, finished or paused.
@Suite("auditsim report, on stored sessions", .serialized)
struct SessionReportTests {
    @Test func aPausedRehearsalExportsInEveryFormat() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        // One answer, then a pause: a paused session exports like a finished one.
        let first = try world.run(["rehearse", "--as", "priya"], stdin: "240\n:pause\n")
        #expect(first.status == 0, "\(first.stderr)")

        let markdown = try world.run(["report", "--latest", "--format", "md"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("# Gap summary: Harbourline Freight Software Ltd"))
        #expect(markdown.stdout.contains("session 1 (coach, paused)"))

        let out = world.directory.appendingPathComponent("gap.html").path
        let html = try world.run(["report", "1", "-o", out])
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOfFile: out, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("<script"))

        let json = try world.run(["report", "1", "--format", "json"])
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["readiness"] as? [String: Any])?["verdict"] != nil)
    }

    @Test func reportNeedsASession() throws {
        let world = try SessionWorld()
        defer { world.remove() }
        let none = try world.run(["report", "--latest"])
        #expect(none.status != 0)
        #expect(none.stderr.contains("no sessions"))
        let neither = try world.run(["report"])
        #expect(neither.status == 64)
        #expect(neither.stderr.contains("--latest"))
    }
}
