/// Who a record's actor or approver cell names. Exports write people as the tool knows them:
/// a full name, a login (`THORNBURY\matthew.oakes`, `pnowak@ostervale.co.uk`), or initials in
/// a spreadsheet register ("PN"). "Dave and me" is held against these cells, so each cell is
/// read as a person before it is compared with who was named.
extension StaffMember {
    /// Initials derived from the name: "Priya Nowak" gives "pn"; "Mary Anne Smith" gives
    /// "mas" and "ms"; "Anne-Marie Cole" gives "ac" and "amc".
    var initials: Set<String> {
        let words = name.split(whereSeparator: { $0.isWhitespace }).map(String.init).filter { $0.first?.isLetter == true }
        guard words.count >= 2 else { return [] }
        let whole = String(words.compactMap(\.first)).lowercased()
        let parts = words.flatMap { $0.split(separator: "-") }.compactMap(\.first)
        let firstLast = String([words.first!.first!, words.last!.first!]).lowercased()
        return [whole, String(parts).lowercased(), firstLast]
    }

    /// Every way a cell may spell this person exactly: id, name and every alias, folded.
    var spellings: Set<String> {
        Set(([id, name] + aliases).map(StaffMember.fold))
    }

    /// Case and surrounding space do not matter; a login's domain does not either
    /// (`THORNBURY\matthew.oakes`, `matthew.oakes@thornbury.ie`).
    static func fold(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A login without its domain, with dots and underscores as spaces: "matthew oakes".
    static func login(_ folded: String) -> String? {
        var local = Substring(folded)
        if let slash = local.lastIndex(of: "\\") { local = local[local.index(after: slash)...] }
        if let at = local.firstIndex(of: "@") { local = local[..<at] }
        let words = local.replacingOccurrences(of: ".", with: " ").replacingOccurrences(of: "_", with: " ")
        return words == folded ? nil : words
    }
}

extension Scenario {
    /// The one staff member a record's cell names, by id, name, alias, login or initials
    /// (case-insensitive, trimmed); nil when the cell names nobody on the staff list or
    /// could be either of two people (two staff with the initials "DH").
    public func staffInCell(_ cell: String) -> StaffMember? {
        let key = StaffMember.fold(cell)
        guard !key.isEmpty else { return nil }
        func only(_ people: [StaffMember]) -> StaffMember? { people.count == 1 ? people[0] : nil }
        if let exact = staff.first(where: { StaffMember.fold($0.id) == key || StaffMember.fold($0.name) == key }) { return exact }
        if let alias = only(staff.filter { $0.spellings.contains(key) }) { return alias }
        if let login = StaffMember.login(key) {
            if let member = only(staff.filter { $0.spellings.contains(login) || $0.spellings.contains(login.replacingOccurrences(of: " ", with: "-")) }) {
                return member
            }
        }
        // Initials: letters only, once dots and spaces are gone ("P.N.", "pn").
        let letters = key.filter { $0 != "." && $0 != " " }
        guard (2...4).contains(letters.count), letters.allSatisfy(\.isLetter) else { return nil }
        return only(staff.filter { $0.initials.contains(letters) })
    }
}
