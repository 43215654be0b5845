/// One generated evidence source: how `scenario.yaml` declares it, its CSV header, and its
/// share of the requested rows. The rows themselves are written by `EvidenceRows`.
struct EvidenceRecipe {
    var id: String
    var kind: String
    var title: String
    var system: String
    var controls: [String]
    var idColumn: String
    var dateColumn: String
    var layout: DateLayout
    var actor: String? = nil
    var approver: String? = nil
    /// `nil` for event logs (`shape: events`), which have no cadence to keep.
    var frequency: String?
    var documentedIn: String
    /// `within` is written as it stands: a duration (`24h`) or a flow mapping of limits by
    /// category (`{ by: severity, critical: 72h, high: 14d }`).
    var timeliness: (from: String, to: String, within: String)? = nil
    var completionColumn: String? = nil
    /// Further keys, as YAML lines, for the shapes real exports have: `shape: events`,
    /// `occurrence: { key: campaign }`, `subject:`, `handled-exceptions:` …
    var extra: [String] = []
    /// `id`, description, then the rule's YAML lines.
    var tests: [(String, String, [String])]
    var header: [String]
    /// Share of the rows beyond each source's minimum.
    var weight: Double
    /// Fewest rows that still show the control operating in every expected period.
    var minimum: Int

    var file: String { "evidence/\(id).csv" }

    func yaml() -> [String] {
        var lines = [
            "- id: \(id)", "  kind: \(kind)", "  title: \(YAMLText.scalar(title))", "  system: \(YAMLText.scalar(system))",
            "  controls: \(YAMLText.list(controls))", "  file: \(file)", "  id-column: \(idColumn)",
            "  date:", "    column: \(dateColumn)", "    format: \(YAMLText.quoted(layout.pattern))",
        ]
        if let actor { lines.append("  actor: \(actor)") }
        if let approver { lines.append("  approver: \(approver)") }
        if let frequency { lines.append("  frequency: \(frequency)") }
        lines.append("  documented-in: \(documentedIn)")
        lines += extra.map { "  \($0)" }
        if let t = timeliness {
            lines += ["  timeliness:", "    from: \(t.from)", "    to: \(t.to)", "    within: \(t.within)"]
        }
        if let completionColumn {
            lines += ["  completion:", "    column: \(completionColumn)", "    population: persons-in-scope"]
        }
        if !tests.isEmpty {
            lines.append("  tests:")
            for (id, description, rule) in tests {
                lines += ["  - id: \(id)", "    description: \(YAMLText.scalar(description))"] + rule.map { "    \($0)" }
            }
        }
        return lines
    }

    static func present(_ column: String) -> [String] { ["column: \(column)", "rule: present"] }
    static func oneOf(_ column: String, _ values: [String]) -> [String] {
        ["column: \(column)", "rule: one-of", "values: \(YAMLText.list(values))"]
    }
    static func differs(_ column: String, from other: String) -> [String] {
        ["column: \(column)", "rule: differs-from", "other: \(other)"]
    }

    /// The twelve sources every generated scenario has, in the order they are written.
    static let all: [EvidenceRecipe] = [
        EvidenceRecipe(
            id: "access-reviews", kind: "access-review", title: "Quarterly user access reviews", system: "Okta Identity Governance",
            controls: ["A.5.15", "A.5.18", "A.8.3"], idColumn: "review_id", dateColumn: "completed_on", layout: .iso,
            actor: "reviewer", approver: "approved_by", frequency: "quarterly", documentedIn: "access-control-procedure",
            extra: ["occurrence: { key: campaign }"],
            tests: [("independent-sign-off", "Signed off by someone other than the reviewer", differs("approved_by", from: "reviewer")),
                    ("review-completed", "Decision recorded and closed", oneOf("status", ["Completed"]))],
            header: ["review_id", "campaign", "system", "account", "decision", "reviewer", "approved_by", "completed_on", "status"],
            weight: 0.14, minimum: 8),
        EvidenceRecipe(
            id: "leavers", kind: "joiners-leavers", title: "Leavers and account removal", system: "HR system and Okta",
            controls: ["A.5.16", "A.5.18", "A.6.5"], idColumn: "removal_id", dateColumn: "leave_date", layout: .dayFirst,
            frequency: nil, documentedIn: "access-control-procedure",
            timeliness: ("leave_date", "access_removed", "24h"), extra: ["shape: events"],
            // A blank removal is an open item, judged by the timeliness limit, not a failed test.
            tests: [("assets-returned", "Laptop and badge returned", oneOf("assets_returned", ["Yes"]))],
            header: ["removal_id", "employee", "department", "system", "leave_date", "access_removed", "removed_by", "assets_returned"],
            weight: 0.04, minimum: 10),
        EvidenceRecipe(
            id: "privileged-access", kind: "privileged-access", title: "Elevated access requests", system: "AWS IAM Identity Center",
            controls: ["A.8.2", "A.8.18"], idColumn: "request_id", dateColumn: "requested_at", layout: .isoTime,
            actor: "requester", approver: "approver", frequency: "ad-hoc", documentedIn: "access-control-procedure",
            tests: [("approved", "Approved before use", present("approver")),
                    ("not-self-approved", "Approver is not the requester", differs("approver", from: "requester"))],
            header: ["request_id", "requested_at", "requester", "permission_set", "aws_account", "justification", "approver", "approved_at"],
            weight: 0.05, minimum: 10),
        EvidenceRecipe(
            id: "changes", kind: "change", title: "Changes to production", system: "Jira Service Management",
            controls: ["A.8.32", "A.8.9"], idColumn: "issue_key", dateColumn: "implemented_on", layout: .iso,
            actor: "implementer", approver: "approver", frequency: "ad-hoc", documentedIn: "change-management-procedure",
            tests: [("approved", "Approved before implementation", present("approver")),
                    ("independent-approval", "Approved by someone other than the implementer", differs("approver", from: "implementer")),
                    ("closed", "Closed as successful or rolled back", oneOf("outcome", ["Successful", "Rolled back"]))],
            header: ["issue_key", "summary", "change_type", "risk", "implementer", "approver", "approved_on", "implemented_on", "outcome"],
            weight: 0.10, minimum: 10),
        EvidenceRecipe(
            id: "backups", kind: "backup", title: "Daily backup jobs", system: "AWS Backup", controls: ["A.8.13"],
            idColumn: "job_id", dateColumn: "completed_at", layout: .isoTime, frequency: "daily", documentedIn: "backup-procedure",
            extra: ["handled-exceptions: { same: [resource], within: 12h }"],
            tests: [("job-completed", "Backup job completed", oneOf("state", ["COMPLETED"]))],
            header: ["job_id", "backup_plan", "resource", "started_at", "completed_at", "state", "size_gb", "vault"],
            weight: 0.28, minimum: 367),
        EvidenceRecipe(
            id: "vulnerabilities", kind: "vulnerability", title: "Vulnerability scan findings (high and critical)",
            system: "Amazon Inspector and Snyk", controls: ["A.8.8"], idColumn: "finding_id", dateColumn: "found_on",
            layout: .dayFirst, actor: "fixed_by", frequency: nil, documentedIn: "vulnerability-management-procedure",
            timeliness: ("found_on", "fixed_on", "{ by: severity, critical: 72h, high: 14d }"), extra: ["shape: events"],
            // An open finding is judged by its limit (blank `fixed_on`), not failed for being open.
            tests: [("fixer-named", "Resolved findings name who fixed them",
                     present("fixed_by") + ["where: { column: status, values: [Resolved] }"])],
            header: ["finding_id", "scanner", "asset", "cve", "cvss", "severity", "found_on", "fixed_on", "fixed_by", "status"],
            weight: 0.14, minimum: 10),
        EvidenceRecipe(
            id: "incidents", kind: "incident", title: "Security incidents and events", system: "Jira Service Management",
            controls: ["A.5.24", "A.5.25", "A.5.26", "A.5.27", "A.5.28", "A.6.8"], idColumn: "incident_id",
            dateColumn: "detected_at", layout: .isoTime, actor: "handler", frequency: nil,
            documentedIn: "incident-management-procedure", timeliness: ("detected_at", "contained_at", "24h"),
            extra: ["shape: events"],
            tests: [("pir-done", "Post-incident review done where required", oneOf("post_incident_review", ["Yes", "n/a"]))],
            header: ["incident_id", "title", "severity", "detected_at", "contained_at", "closed_at", "handler", "post_incident_review"],
            weight: 0.02, minimum: 10),
        EvidenceRecipe(
            id: "training", kind: "training", title: "Security awareness training completions", system: "KnowBe4",
            controls: ["A.6.3"], idColumn: "completion_id", dateColumn: "completed", layout: .dayFirst, frequency: "ad-hoc",
            documentedIn: "awareness-procedure", completionColumn: "user",
            tests: [("passed", "Module passed", oneOf("status", ["Passed"]))],
            header: ["completion_id", "email", "user", "course", "enrolled", "completed", "score", "status"],
            weight: 0.06, minimum: 10),
        EvidenceRecipe(
            id: "log-reviews", kind: "log-review", title: "Weekly SIEM alert reviews", system: "Datadog Cloud SIEM",
            controls: ["A.8.15", "A.8.16"], idColumn: "item_id", dateColumn: "reviewed_on", layout: .dayFirst,
            actor: "reviewer", approver: "signed_off_by", frequency: "weekly", documentedIn: "logging-monitoring-procedure",
            tests: [("independent-sign-off", "Signed off by someone other than the reviewer", differs("signed_off_by", from: "reviewer"))],
            header: ["item_id", "week_starting", "reviewed_on", "alert", "alert_severity", "disposition", "reviewer", "signed_off_by"],
            weight: 0.10, minimum: 53),
        EvidenceRecipe(
            id: "supplier-reviews", kind: "supplier-review", title: "Monthly supplier security reviews",
            system: "Supplier register", controls: ["A.5.19", "A.5.20", "A.5.21", "A.5.22"], idColumn: "review_id",
            dateColumn: "review_date", layout: .dayFirst, actor: "reviewed_by", approver: "approved_by", frequency: "monthly",
            documentedIn: "supplier-security-procedure",
            tests: [("assurance-checked", "Current certificate or report checked", oneOf("assurance_checked", ["Yes"])),
                    ("signed-off", "Signed off by someone other than the reviewer", differs("approved_by", from: "reviewed_by"))],
            header: ["review_id", "supplier", "tier", "review_date", "assurance_evidence", "assurance_checked", "outcome",
                     "reviewed_by", "approved_by"],
            weight: 0.01, minimum: 12),
        EvidenceRecipe(
            id: "site-checks", kind: "clear-desk-check", title: "Monthly security walk-round at each office",
            system: "ServiceNow", controls: ["A.7.7", "A.7.1"], idColumn: "number", dateColumn: "closed_at", layout: .isoTime,
            actor: "assigned_to", frequency: "monthly", documentedIn: "physical-security-procedure",
            extra: ["subject: site", "subjects: [\(EvidenceRows.sites.joined(separator: ", "))]",
                    "counts-when: { column: state, values: [Closed Complete] }"],
            tests: [],
            header: ["number", "opened_at", "short_description", "site", "assigned_to", "state", "closed_at"],
            weight: 0, minimum: 26),
        EvidenceRecipe(
            id: "asset-inventory", kind: "asset-inventory", title: "Quarterly asset register verification",
            system: "Asset register (CMDB)", controls: ["A.5.9", "A.5.11"], idColumn: "verification_id",
            dateColumn: "last_verified", layout: .iso, actor: "verified_by", frequency: "quarterly",
            documentedIn: "asset-management-procedure",
            tests: [("owner-named", "Asset has a named owner", present("owner"))],
            header: ["verification_id", "asset_id", "asset_type", "hostname", "owner", "location", "classification",
                     "last_verified", "verified_by"],
            weight: 0.06, minimum: 8),
    ]

    /// Rows per source summing to `total`: every source gets its minimum, the rest is
    /// shared by weight, and rounding is settled on the largest source.
    static func allocate(_ total: Int) -> [Int] {
        let base = all.map(\.minimum)
        let rest = max(total - base.reduce(0, +), 0)
        var counts = zip(all, base).map { $0.1 + Int(Double(rest) * $0.0.weight) }
        let largest = counts.indices.max { counts[$0] < counts[$1] }!
        counts[largest] += total - counts.reduce(0, +)
        return counts
    }
}
