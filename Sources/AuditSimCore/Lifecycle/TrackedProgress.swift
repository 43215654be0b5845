/// What the tracker already knows, laid over a fresh run's lifecycle: the recorded root
/// cause and status of each nonconformity still raised, and the tracked actions the run no
/// longer raises (its evidence would close them).
public struct TrackedProgress: Sendable, Hashable {
    public var actions: [CorrectiveAction]
    /// Findings of open tracked actions that this run does not raise.
    public var closedByRun: [String]

    public init(actions: [CorrectiveAction], tracked: [TrackedAction]) {
        let byFinding = Dictionary(tracked.map { ($0.findingID, $0) }, uniquingKeysWith: { a, _ in a })
        self.actions = actions.map { a in
            guard let t = byFinding[a.findingID] else { return a }
            var merged = a
            merged.rootCause = t.rootCause
            merged.status = t.status
            return merged
        }
        let raised = Set(actions.map(\.findingID))
        closedByRun = tracked.filter { !$0.status.isResolved && !raised.contains($0.findingID) }.map(\.findingID).sorted()
    }
}
