import AuditSimCore

/// The session date every test uses: Monday 16 November 2026.
let sessionDay = Day(year: 2026, month: 11, day: 16)!

let staff = [
    StaffRef(id: "s1", name: "Sarah Jones", role: "IT Manager", aliases: ["head of IT", "IT lead"]),
    StaffRef(id: "s2", name: "Sarah Lee", role: "HR Lead", aliases: ["head of people"]),
    StaffRef(id: "s3", name: "Raj Patel", role: "Chief Information Security Officer", aliases: ["security lead"]),
    StaffRef(id: "s4", name: "Tom O'Brien", role: "Service Desk Analyst"),
    StaffRef(id: "s5", name: "Will Carter", role: "Data Protection Officer"),
]

let context = InterpretationContext(today: sessionDay, staff: staff)

func interpret(_ text: String, _ kind: AnswerKind, _ ctx: InterpretationContext = context) -> Interpretation {
    AnswerInterpreter.interpret(text, as: kind, in: ctx)
}

func day(_ iso: String) -> Day { Day(iso: iso)! }

func range(_ start: String, _ end: String, _ precision: DayRange.Precision) -> DayRange {
    DayRange(start: day(start), end: day(end), precision: precision)
}
