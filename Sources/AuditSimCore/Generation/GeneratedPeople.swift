/// The people of a generated organisation: everyone in scope (named in the evidence) and,
/// among them, the role holders who own the controls and answer the auditor.
struct GeneratedPeople {
    struct Person {
        var name: String
        var email: String
        var department: String
    }

    /// A role holder: the first persons in scope take these roles, in this order.
    struct Role {
        var id: String
        var title: String
        var aliases: [String]
        var topManagement: Bool
        /// Control-id prefixes or exact ids this role owns; the ISMS manager takes the rest.
        var owns: [String]
    }

    static let roles: [Role] = [
        Role(id: "ceo", title: "Chief Executive Officer", aliases: ["CEO", "managing director"], topManagement: true,
             owns: ["A.5.1", "A.5.4"]),
        Role(id: "cto", title: "Chief Technology Officer", aliases: ["CTO", "head of engineering"], topManagement: true,
             owns: ["A.5.8", "A.8.4", "A.8.25", "A.8.26", "A.8.27", "A.8.28", "A.8.29", "A.8.30", "A.8.33"]),
        Role(id: "cfo", title: "Chief Financial Officer", aliases: ["CFO", "finance director"], topManagement: true,
             owns: ["A.5.3", "A.5.35"]),
        Role(id: "isms", title: "ISMS Manager", aliases: ["ISMS lead", "information security manager"], topManagement: false,
             owns: ["A.5.2", "A.5.5", "A.5.6", "A.5.7", "A.5.10", "A.5.12", "A.5.13", "A.5.36", "A.5.37", "A.6.3", "A.8.34"]),
        Role(id: "it", title: "IT Manager", aliases: ["head of IT", "IT lead"], topManagement: false,
             owns: ["A.5.9", "A.5.11", "A.5.15", "A.5.16", "A.5.17", "A.5.18", "A.7.9", "A.7.10", "A.7.14", "A.8.1", "A.8.2",
                    "A.8.3", "A.8.5", "A.8.10", "A.8.18", "A.8.19", "A.8.23"]),
        Role(id: "people", title: "Head of People", aliases: ["HR lead", "head of HR"], topManagement: false,
             owns: ["A.6.1", "A.6.2", "A.6.4", "A.6.5", "A.6.7"]),
        Role(id: "security", title: "Security Engineering Lead", aliases: ["security lead", "SecOps lead"], topManagement: false,
             owns: ["A.5.24", "A.5.25", "A.5.26", "A.5.27", "A.5.28", "A.6.8", "A.8.7", "A.8.8", "A.8.12", "A.8.15", "A.8.16",
                    "A.8.24"]),
        Role(id: "devops", title: "Platform Lead", aliases: ["DevOps lead", "head of infrastructure"], topManagement: false,
             owns: ["A.5.23", "A.5.29", "A.5.30", "A.8.6", "A.8.9", "A.8.11", "A.8.13", "A.8.14", "A.8.17", "A.8.20", "A.8.21",
                    "A.8.22", "A.8.31", "A.8.32"]),
        Role(id: "facilities", title: "Facilities Manager", aliases: ["office manager", "facilities"], topManagement: false,
             owns: ["A.7.1", "A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6", "A.7.7", "A.7.8", "A.7.11", "A.7.12", "A.7.13"]),
        Role(id: "support", title: "Customer Support Lead", aliases: ["support lead", "head of support"], topManagement: false,
             owns: ["A.5.14"]),
        Role(id: "legal", title: "Legal and Compliance Manager", aliases: ["DPO", "compliance manager"], topManagement: false,
             owns: ["A.5.19", "A.5.20", "A.5.21", "A.5.22", "A.5.31", "A.5.32", "A.5.33", "A.5.34", "A.6.6"]),
    ]

    static let firstNames = [
        "Amelia", "Oliver", "Priya", "Tomasz", "Grace", "Kwame", "Sofia", "Liam", "Aisha", "Mateusz", "Hannah", "Rhys",
        "Chloe", "Daniel", "Ewa", "Samuel", "Zara", "Callum", "Nadia", "Owen", "Leah", "Marek", "Isla", "Jamal",
        "Freya", "Arjun", "Megan", "Piotr", "Ruth", "Connor", "Yasmin", "Euan", "Holly", "Tariq", "Maya", "Bartosz",
        "Erin", "Kofi", "Lucy", "Dominik",
    ]
    static let lastNames = [
        "Whitaker", "Okafor", "Shah", "Nowak", "Reid", "Mensah", "Kowalski", "Brennan", "Haddad", "Pickering", "Adeyemi",
        "Gallagher", "Foster", "Lis", "Morgan", "Barker", "Zajac", "Sutcliffe", "Malik", "Evans", "Hughes", "Wojcik",
        "Campbell", "Ahmed", "Doyle", "Price", "Szymanski", "Khan", "Murray", "Owusu", "Bell", "Kaminski", "Patel",
        "Hart", "Dunn", "Lewandowski", "Clarke", "Baxter", "Nair", "Fraser",
    ]
    static let departments = ["Engineering", "Platform", "Customer Support", "Sales", "Finance", "Product", "People", "Security",
                              "Operations", "Marketing"]

    let persons: [Person]
    let domain: String

    /// `count` distinct people; the same seed always gives the same names.
    init(count: Int, domain: String, random: inout GeneratorRandom) {
        self.domain = domain
        let f = GeneratedPeople.firstNames, l = GeneratedPeople.lastNames
        let offset = random.int(below: f.count * l.count)
        var persons: [Person] = []
        persons.reserveCapacity(count)
        for i in 0..<count {
            // A step coprime with the grid walks every first/last pairing before repeating.
            let cell = (offset + i * 37) % (f.count * l.count)
            let first = f[cell % f.count], last = l[cell / f.count]
            let round = i / (f.count * l.count)
            let initial = round == 0 ? "" : " \(Character(UnicodeScalar(UInt8(65 + (round - 1) % 26))))."
            let name = "\(first)\(initial) \(last)"
            let local = "\(first).\(last)".lowercased() + (round == 0 ? "" : String(round))
            let department = i < GeneratedPeople.roles.count ? "Management" : GeneratedPeople.departments[random.int(below: 10)]
            persons.append(Person(name: name, email: "\(local)@\(domain)", department: department))
        }
        self.persons = persons
    }

    /// The person holding a role.
    func holder(_ roleID: String) -> Person {
        persons[GeneratedPeople.roles.firstIndex { $0.id == roleID }!]
    }

    static func staffID(_ person: Person) -> String {
        person.name.lowercased().replacingOccurrences(of: ".", with: "").split(separator: " ").joined(separator: "-")
    }

    /// Who owns each control of the catalogue: the role listing it, else the ISMS manager.
    static func owners(of controls: [ControlID]) -> [String: [ControlID]] {
        var owned: [String: [ControlID]] = [:]
        for control in controls {
            let role = roles.first { $0.owns.contains(control.rawValue) }?.id ?? "isms"
            owned[role, default: []].append(control)
        }
        return owned
    }

    /// Staff with evidence duties beyond the role holders: engineers, reviewers, handlers.
    func engineers() -> [Person] {
        let pool = persons.dropFirst(GeneratedPeople.roles.count).filter { ["Engineering", "Platform", "Security"].contains($0.department) }
        return pool.isEmpty ? [holder("devops"), holder("security"), holder("cto")] : Array(pool.prefix(60))
    }
}

/// A seeded generator with the small helpers the recipes need.
struct GeneratorRandom {
    private var core: SplitMix64

    init(seed: UInt64) { core = SplitMix64(seed: seed ^ 0x5EED_A0D1_7500_0000) }

    mutating func next() -> UInt64 { core.next() }

    mutating func int(below bound: Int) -> Int { bound <= 1 ? 0 : Int(core.next() % UInt64(bound)) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + int(below: range.count) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double(core.next() >> 11) / Double(1 << 53) < p }

    mutating func pick<T>(_ items: [T]) -> T { items[int(below: items.count)] }
}
