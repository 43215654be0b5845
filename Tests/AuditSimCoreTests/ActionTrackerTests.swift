import Foundation
import Testing

@testable import AuditSimCore

@Suite("Corrective-action tracker in the session store")
struct ActionTrackerTests {
    static let day = Day(iso: "2026-11-16")!

    static func tracker() throws -> (ActionTracker, URL) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-actions-\(UUID().uuidString).sqlite")
        return (try ActionTracker(path: url), url)
    }

    static func finding(_ id: String, _ grade: Grade) -> Finding {
        Finding(id: id, stage: .operational, control: "A.8.13", grade: grade, rule: .missedPeriod, requirement: "r",
                found: "found \(id)", correction: "Restore the backup.", correctiveAction: "Schedule restores.", owner: "priya")
    }

    static func plan(_ findings: [Finding]) -> [CorrectiveAction] {
        CorrectiveAction.plan(for: findings, lastStage2Day: day, policy: AuditPolicy())
    }

    @Test func importIsIdempotentAndAbsentFindingsAreClosedByEvidence() throws {
        let (tracker, url) = try Self.tracker()
        defer { try? FileManager.default.removeItem(at: url) }
        let first = try tracker.importRun(scenario: "org", actions: Self.plan([Self.finding("A", .major), Self.finding("B", .minor)]),
                                          titles: ["A.8.13": "Information backup"], on: Self.day)
        #expect(first.added.map(\.findingID) == ["A", "B"])
        #expect(first.added[0].verificationDue == Day(iso: "2027-05-16") && first.added[0].controlTitle == "Information backup")
        let again = try tracker.importRun(scenario: "org", actions: Self.plan([Self.finding("A", .major)]), titles: [:],
                                          on: Day(iso: "2027-01-10")!)
        #expect(again.added.isEmpty && again.stillOpen.map(\.findingID) == ["A"])
        #expect(again.closedByEvidence.map(\.findingID) == ["B"])
        #expect(try tracker.actions(ActionFilter(status: .verified)).map(\.findingID) == ["B"])
        // Another scenario's run never closes this one's actions.
        _ = try tracker.importRun(scenario: "other", actions: [], titles: [:], on: Self.day)
        #expect(try tracker.actions(ActionFilter(scenario: "org", status: .open)).map(\.findingID) == ["A"])
        let raisedAgain = try tracker.importRun(scenario: "org", actions: Self.plan([Self.finding("A", .major), Self.finding("B", .minor)]),
                                                titles: [:], on: Day(iso: "2027-02-01")!)
        #expect(raisedAgain.raisedAgain.map(\.findingID) == ["B"])
    }

    @Test func recordsAreDatedAndStatusesMoveForwardOnly() throws {
        let (tracker, url) = try Self.tracker()
        defer { try? FileManager.default.removeItem(at: url) }
        let a = try #require(try tracker.importRun(scenario: "org", actions: Self.plan([Self.finding("A", .major)]), titles: [:],
                                                   on: Self.day).added.first)
        let on = Day(iso: "2026-12-01")!
        let updated = try tracker.record(a.id, ActionUpdate(rootCause: "No restore schedule", plan: "Quarterly restores",
                                                             evidence: "Ticket OPS-1", status: .implemented), on: on)
        #expect(updated.rootCause == "No restore schedule" && updated.status == .implemented && updated.statusOn == on)
        #expect(try tracker.events(of: a.id).map(\.kind) == ["import", "root-cause", "plan", "evidence", "status"])
        #expect(throws: ActionError.cannotMove(id: a.id, from: .implemented, to: .planAccepted)) {
            try tracker.record(a.id, ActionUpdate(status: .planAccepted), on: on)
        }
        #expect(throws: ActionError.noSuchAction(99)) { try tracker.record(99, ActionUpdate(plan: "x"), on: on) }
        #expect(throws: ActionError.nothingToRecord) { try tracker.record(a.id, ActionUpdate(), on: on) }
        #expect(try tracker.action(a.id)?.status == .implemented)
    }

    /// Open after the plan due date, or a major not verified by its verification date.
    @Test(arguments: [
        (ActionStatus.open, "2026-12-16", false), (.open, "2026-12-17", true), (.planAccepted, "2026-12-17", false),
        (.implemented, "2027-05-17", true), (.verified, "2027-05-17", false),
    ])
    func overdue(status: ActionStatus, on: String, overdue: Bool) throws {
        let (tracker, url) = try Self.tracker()
        defer { try? FileManager.default.removeItem(at: url) }
        let a = try #require(try tracker.importRun(scenario: "org", actions: Self.plan([Self.finding("A", .major)]), titles: [:],
                                                   on: Self.day).added.first)
        let moved = status == .open ? a : try tracker.record(a.id, ActionUpdate(status: status), on: Self.day)
        #expect(moved.isOverdue(on: Day(iso: on)!) == overdue)
        #expect(try tracker.actions(ActionFilter(overdueOn: Day(iso: on)!)).count == (overdue ? 1 : 0))
    }

    /// The tracker's migration lives beside the sessions': both open the same file.
    @Test func sessionsAndActionsShareOneStore() throws {
        let (tracker, url) = try Self.tracker()
        defer { try? FileManager.default.removeItem(at: url) }
        let sessions = try SessionStore(path: url)
        #expect(try sessions.sessions().isEmpty)
        _ = try tracker.importRun(scenario: "org", actions: Self.plan([Self.finding("A", .minor)]), titles: [:], on: Self.day)
        #expect(try ActionTracker(path: url).actions().count == 1)
    }
}
