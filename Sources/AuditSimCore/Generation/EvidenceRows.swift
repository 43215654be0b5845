/// What the row writers share: the seeded generator, the people, and the operating period.
struct RowContext {
    var random: GeneratorRandom
    let people: GeneratedPeople
    /// First and last days that carry records (the day before the audit).
    let start: Day, end: Day
    let engineers: [String]

    init(random: GeneratorRandom, people: GeneratedPeople, start: Day, end: Day) {
        self.random = random
        self.people = people
        self.start = start
        self.end = end
        engineers = people.engineers().map(\.name)
    }

    func holder(_ role: String) -> String { people.holder(role).name }

    /// Row `i` of `count`, spread evenly over the period in date order, mostly on weekdays.
    mutating func chronological(_ i: Int, of count: Int) -> Day {
        let span = end.ordinal - start.ordinal + 1
        var day = start.adding(days: Int(Double(i) * Double(span) / Double(count)))
        if day.isWeekend, random.chance(0.85) {
            let friday = day.adding(days: 5 - day.weekday)
            day = friday >= start ? friday : day.adding(days: 8 - day.weekday)
        }
        return day
    }

    /// One working day near the end of each calendar block of `months` (quarters: 3) that
    /// falls inside the period: when a periodic control is run.
    func blockDays(months: Int, daysBeforeEnd: Int) -> [Day] {
        var days: [Day] = []
        var block = Day(year: start.year, month: (start.month - 1) / months * months + 1, day: 1)!
        while block <= end {
            var day = block.adding(months: months).adding(days: -1 - daysBeforeEnd)
            if day.weekday > 5 { day = day.adding(days: 5 - day.weekday) }
            if day >= start, day <= end { days.append(day) }
            block = block.adding(months: months)
        }
        return days
    }

    /// The Mondays (or the Tuesday after a bank-holiday-like skip) of every week in the period.
    mutating func weekDays() -> [Day] {
        var day = start.adding(days: 1 - start.weekday)
        var days: [Day] = []
        while day <= end {
            let review = day.adding(days: random.chance(0.2) ? 1 : 0)
            if review >= start, review <= end { days.append(review) }
            day = day.adding(days: 7)
        }
        return days
    }
}

/// Writes the rows of each recipe: realistic values, dates spread over the operating period,
/// a small share of the exceptions an auditor looks for (late removals, failed jobs).
enum EvidenceRows {
    static let systems = ["Okta", "AWS IAM Identity Center", "GitHub", "Salesforce", "Google Workspace", "Jira"]
    /// The two offices, each with its own monthly walk-round (`subject: site`).
    static let sites = ["Leeds", "Gdansk"]

    static func write(_ recipe: EvidenceRecipe, count: Int, to out: inout CSVOutput, _ c: inout RowContext) {
        switch recipe.id {
        case "access-reviews": accessReviews(count, &out, &c)
        case "leavers": leavers(count, &out, &c)
        case "privileged-access": privileged(count, &out, &c)
        case "changes": changes(count, &out, &c)
        case "backups": backups(count, &out, &c)
        case "vulnerabilities": vulnerabilities(count, &out, &c)
        case "incidents": incidents(count, &out, &c)
        case "training": training(count, &out, &c)
        case "log-reviews": logReviews(count, &out, &c)
        case "supplier-reviews": supplierReviews(count, &out, &c)
        case "site-checks": siteChecks(count, &out, &c)
        default: assets(count, &out, &c)
        }
    }

    /// Splits `count` rows over `days` as evenly as whole rows allow.
    static func spread(_ count: Int, over days: [Day], _ row: (Int, Day) -> Void) {
        guard !days.isEmpty else { return }
        for i in 0..<count { row(i, days[i * days.count / count]) }
    }

    static func accessReviews(_ count: Int, _ out: inout CSVOutput, _ c: inout RowContext) {
        let reviewers = [c.holder("it"), c.holder("devops"), c.holder("cto"), c.holder("cfo"), c.holder("it"), c.holder("cto")]
        let approver = c.holder("isms"), persons = c.people.persons
        spread(count, over: c.blockDays(months: 3, daysBeforeEnd: 6)) { i, last in
            // One campaign, named in `campaign`, is several rows signed off over three working days.
            var day = last.adding(days: -(i % systems.count) / 2)
            if day.isWeekend { day = day.adding(days: 5 - day.weekday) }
            if day < c.start { day = last }
            let g = GeneratedDay(day), system = i % systems.count
            let q = GeneratedDay(last)
            out.id("AR-", i + 1); out.field("Quarterly access review \(q.year)-Q\((q.month - 1) / 3 + 1)")
            out.field(systems[system]); out.field(persons[(i / systems.count) % persons.count].email)
            let roll = c.random.int(below: 1000)
            out.field(roll < 960 ? "Keep" : roll < 995 ? "Remove" : "Modify")
            out.field(reviewers[system]); out.field(approver); out.date(g, .iso)
            out.field(c.random.chance(0.999) ? "Completed" : "In progress"); out.endRow()
        }
    }

    static func leavers(_ count: Int, _ out: inout CSVOutput, _ c: inout RowContext) {
        let remover = c.holder("it"), persons = c.people.persons
        var leaveDay = c.start
        for i in 0..<count {
            let leaver = i / 4
            if i % 4 == 0 { leaveDay = c.chronological(i, of: count) }
            let person = persons[(leaver * 7 + 11) % persons.count]
            out.id("LV-", i + 1); out.field(person.name); out.field(person.department); out.field(systems[i % 4])
            out.date(GeneratedDay(leaveDay), .dayFirst)
            let roll = c.random.int(below: 100)
            let removed = leaveDay.adding(days: roll < 93 ? 0 : roll < 98 ? 1 : c.random.int(2...5))
            if removed <= c.end { out.date(GeneratedDay(removed), .dayFirst) } else { out.empty() }
            out.field(remover); out.field(c.random.chance(0.99) ? "Yes" : "No"); out.endRow()
        }
    }

    static func privileged(_ count: Int, _ out: inout CSVOutput, _ c: inout RowContext) {
        let sets = ["ReadOnlyAccess", "DatabaseAdmin", "PowerUserAccess", "BreakGlassReadOnly", "NetworkAdmin"]
        let reasons = ["Incident investigation", "Schema migration support", "Certificate rotation", "Terraform state repair",
                       "Cost report, read only", "Restore test support"]
        let platform = c.holder("devops"), it = c.holder("it")
        for i in 0..<count {
            let day = GeneratedDay(c.chronological(i, of: count))
            let requester = c.random.pick(c.engineers)
            let minutes = c.random.int(7 * 60...19 * 60)
            out.id("PAR-", i + 1); out.date(day, .isoTime, minutes: minutes); out.field(requester)
            out.field(c.random.pick(sets)); out.field(c.random.pick(["prod", "staging", "shared-services"]))
            out.field(c.random.pick(reasons))
            if c.random.chance(0.997) {
                out.field(requester == platform ? it : platform)
                out.date(day, .isoTime, minutes: min(minutes + c.random.int(3...50), 23 * 60 + 59))
            } else {
                out.empty(); out.empty()
            }
            out.endRow()
        }
    }

    static func changes(_ count: Int, _ out: inout CSVOutput, _ c: inout RowContext) {
        let summaries = ["Upgrade PostgreSQL minor version (orders-prod)", "Rotate SAML signing certificate",
                         "Add WAF rule group, block bot traffic", "Node image refresh for the \"prod\" cluster",
                         "Increase API gateway rate limits", "Deploy release with schema migration, feature flag off"]
        let approvers = [c.holder("devops"), c.holder("cto")]
        for i in 0..<count {
            let day = c.chronological(i, of: count), implementer = c.random.pick(c.engineers)
            out.id("CHG-", i + 1); out.field(c.random.pick(summaries))
            let roll = c.random.int(below: 100)
            out.field(roll < 70 ? "Standard" : roll < 97 ? "Normal" : "Emergency")
            out.field(c.random.pick(["Low", "Low", "Medium", "High"])); out.field(implementer)
            out.field(implementer == approvers[0] ? approvers[1] : approvers[0])
            out.date(GeneratedDay(day.adding(days: -c.random.int(0...4))), .iso); out.date(GeneratedDay(day), .iso)
            out.field(c.random.chance(0.97) ? "Successful" : "Rolled back"); out.endRow()
        }
    }

    /// Jobs run every night up to the audit day itself (which is not yet an expected day).
    /// A failed job is re-run by hand and succeeds the same morning: the next row is the re-run
    /// (`handled-exceptions: { same: [resource], within: 12h }`), so no day is left uncovered.
    static func backups(_ count: Int, _ out: inout CSVOutput, _ c: inout RowContext) {
        let days = c.end.ordinal - c.start.ordinal + 2
        let perDay = max(1, (count + days - 1) / days)
        let first = c.start
        let dayOf = { (i: Int) in first.adding(days: i * days / count) }
        var rerun: (resource: Int, minutes: Int)?
        for i in 0..<count {
            let day = GeneratedDay(dayOf(i))
            var resource = i % perDay, start = 60 + (resource * 3) % 900, state = "COMPLETED"
            if let failed = rerun {
                resource = failed.resource
                start = failed.minutes
                rerun = nil
            } else if i + 1 < count, dayOf(i + 1) == day.day, c.random.chance(0.004) {
                state = "FAILED"
                rerun = (resource, min(start + 6 * 60, 22 * 60))
            }
            out.id("BKP-", i + 1, width: 8); out.field("daily-35d"); out.field("resource-\(resource + 1)")
            out.date(day, .isoTime, minutes: start); out.date(day, .isoTime, minutes: start + c.random.int(4...90))
            out.field(state)
            out.decimal(Double(c.random.int(5...20_000)) / 10); out.field("vault-primary"); out.endRow()
        }
    }

    static func vulnerabilities(_ count: Int, _ out: inout CSVOutput, _ c: inout RowContext) {
        let fixers = c.engineers
        for i in 0..<count {
            let found = c.chronological(i, of: count)
            let critical = c.random.chance(0.3)
            out.id("VULN-", i + 1); out.field(c.random.pick(["Amazon Inspector", "Snyk"]))
            out.field("service-\(c.random.int(1...40)) image"); out.id("CVE-2026-", c.random.int(1000...49_999), width: 4)
            out.decimal(critical ? Double(c.random.int(90...100)) / 10 : Double(c.random.int(70...89)) / 10)
            out.field(critical ? "Critical" : "High"); out.date(GeneratedDay(found), .dayFirst)
            // Limits by severity: critical 72 hours, high 14 days; a few of either run late.
            let fixed = found.adding(days: c.random.chance(0.96) ? c.random.int(critical ? 0...2 : 0...10) : c.random.int(15...40))
            if fixed <= c.end {
                out.date(GeneratedDay(fixed), .dayFirst); out.field(c.random.pick(fixers)); out.field("Resolved")
            } else {
                out.empty(); out.empty(); out.field("Open")
            }
            out.endRow()
        }
    }

    static func incidents(_ count: Int, _ out: inout CSVOutput, _ c: inout RowContext) {
        let titles = ["Phishing email reported by staff", "Credential-stuffing burst against the login endpoint",
                      "Laptop lost in transit, encrypted and wiped", "API key shared in a support ticket",
                      "Misdirected email with customer data, recalled", "Malware blocked on an endpoint"]
        let handlers = [c.holder("security")] + c.engineers.prefix(3)
        for i in 0..<count {
            let day = c.chronological(i, of: count), detected = c.random.int(6 * 60...22 * 60)
            let severity = c.random.pick(["P4", "P4", "P3", "P3", "P2", "P1"])
            out.id("INC-", i + 1); out.field(c.random.pick(titles)); out.field(severity)
            out.date(GeneratedDay(day), .isoTime, minutes: detected)
            let contained = detected + (c.random.chance(0.98) ? c.random.int(20...1200) : c.random.int(1560...3600))
            let closed = contained + c.random.int(1...5) * 1440
            for at in [contained, closed] {
                let when = day.adding(days: at / 1440)
                if when <= c.end { out.date(GeneratedDay(when), .isoTime, minutes: at % 1440) } else { out.empty() }
            }
            out.field(c.random.pick(handlers)); out.field(severity == "P4" ? "n/a" : "Yes"); out.endRow()
        }
    }

    static func training(_ count: Int, _ out: inout CSVOutput, _ c: inout RowContext) {
        let courses = ["Security Awareness", "Phishing and Social Engineering", "Data Protection Essentials",
                       "Secure Remote Working", "Incident Reporting"]
        let persons = c.people.persons
        for i in 0..<count {
            let person = persons[i % persons.count], completed = c.chronological(i, of: count)
            out.id("TRN-", i + 1); out.field(person.email); out.field(person.name)
            out.field(courses[(i / persons.count) % courses.count])
            out.date(GeneratedDay(completed.adding(days: -c.random.int(3...30))), .dayFirst)
            out.date(GeneratedDay(completed), .dayFirst)
            let score = c.random.chance(0.985) ? c.random.int(70...100) : c.random.int(40...69)
            out.number(score); out.field(score >= 70 ? "Passed" : "Failed"); out.endRow()
        }
    }

    static func logReviews(_ count: Int, _ out: inout CSVOutput, _ c: inout RowContext) {
        let alerts = ["Impossible travel login", "New admin role assigned", "Root account activity", "Mass file download",
                      "WAF block spike", "Disabled MFA factor"]
        let reviewers = [c.holder("security")] + c.engineers.prefix(2), signer = c.holder("isms")
        spread(count, over: c.weekDays()) { i, day in
            let g = GeneratedDay(day)
            out.id("LR-", i + 1); out.date(GeneratedDay(day.adding(days: 1 - day.weekday)), .iso); out.date(g, .dayFirst)
            out.field(c.random.pick(alerts)); out.field(c.random.pick(["Low", "Medium", "High"]))
            out.field(c.random.pick(["Benign", "Benign", "Benign", "Escalated", "False positive"]))
            out.field(reviewers[(g.day.ordinal / 7) % reviewers.count]); out.field(signer); out.endRow()
        }
    }

    static func supplierReviews(_ count: Int, _ out: inout CSVOutput, _ c: inout RowContext) {
        let suppliers = ["Amazon Web Services", "Okta", "GitHub", "Datadog", "Zendesk", "Twilio", "Slack", "Atlassian",
                         "KnowBe4", "Snyk"]
        let reviewer = c.holder("legal"), approver = c.holder("isms")
        spread(count, over: c.blockDays(months: 1, daysBeforeEnd: 12)) { i, day in
            out.id("SR-", i + 1)
            out.field(i < suppliers.count ? suppliers[i] : "Supplier \(i % 500 + 1)")
            out.field(c.random.pick(["Critical", "High", "Medium"])); out.date(GeneratedDay(day), .dayFirst)
            out.field(c.random.pick(["ISO 27001", "SOC 2 Type II", "ISO 27001, SOC 2 Type II"]))
            out.field(c.random.chance(0.985) ? "Yes" : "Pending"); out.field("Satisfactory")
            out.field(reviewer); out.field(approver); out.endRow()
        }
    }

    /// Each office's monthly walk-round on its own day (Leeds the first Tuesday, Gdansk the third
    /// Thursday): monthly per site, though the rows together are about fortnightly. Rows beyond
    /// the visits are duplicate tasks closed as skipped, which `counts-when` leaves out.
    static func siteChecks(_ count: Int, _ out: inout CSVOutput, _ c: inout RowContext) {
        func nth(_ weekday: Int, _ n: Int, of month: Day) -> Day {
            let first = month.adding(days: (weekday - month.weekday + 7) % 7)
            return first.adding(days: 7 * (n - 1))
        }
        var visits: [(site: Int, day: Day)] = []
        var month = Day(year: c.start.year, month: c.start.month, day: 1)!
        while month <= c.end {
            for (site, planned) in [nth(2, 1, of: month), nth(4, 3, of: month)].enumerated() {
                var day = planned
                if day < c.start { day = c.start.isWeekend ? c.start.adding(days: 8 - c.start.weekday) : c.start }
                if day.month == month.month, day <= c.end { visits.append((site, day)) }
            }
            month = month.adding(months: 1)
        }
        let walkers = [c.holder("facilities"), c.holder("it")]
        for i in 0..<count {
            let visit = visits[i % max(visits.count, 1)], duplicate = i >= visits.count
            let opened = max(visit.day.adding(days: -7), c.start)
            out.id("TASK00", 10_000 + i + 1, width: 5); out.date(GeneratedDay(opened), .isoTime, minutes: 6 * 60)
            out.field("Monthly security walk-round - \(sites[visit.site])"); out.field(sites[visit.site])
            out.field(walkers[visit.site]); out.field(duplicate ? "Closed Skipped" : "Closed Complete")
            out.date(GeneratedDay(visit.day), .isoTime, minutes: duplicate ? 8 * 60 : 14 * 60 + c.random.int(0...150))
            out.endRow()
        }
    }

    static func assets(_ count: Int, _ out: inout CSVOutput, _ c: inout RowContext) {
        let days = c.blockDays(months: 3, daysBeforeEnd: 12)
        let perQuarter = max(1, count / max(days.count, 1)), persons = c.people.persons, verifier = c.holder("it")
        let types = ["Laptop", "Server", "Database", "Network device", "SaaS tenant", "Mobile phone"]
        spread(count, over: days) { i, day in
            let asset = i % perQuarter
            out.id("AV-", i + 1); out.id("AST-", asset + 1); out.field(types[asset % types.count])
            out.field("host-\(asset + 1)")
            if c.random.chance(0.998) { out.field(persons[asset % persons.count].name) } else { out.empty() }
            out.field(c.random.pick(["Leeds", "Gdansk", "AWS eu-west-2", "Remote"]))
            out.field(c.random.pick(["Internal", "Confidential", "Restricted"])); out.date(GeneratedDay(day), .iso)
            out.field(verifier); out.endRow()
        }
    }
}
