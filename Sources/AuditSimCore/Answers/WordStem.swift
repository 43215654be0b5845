/// A light suffix-stripping stemmer, so "escalate", "escalated", "escalating" and
/// "escalation" compare equal, as do "approve"/"approval" and "notify"/"notification".
/// Deliberately small: predictable beats clever when an auditor asks why a point counted.
enum WordStem {
    /// Longest suffixes first; a suffix is only removed if at least three letters remain.
    private static let suffixes: [(String, String)] = [
        ("ications", "y"), ("ication", "y"), ("ational", ""), ("ations", ""), ("ation", ""),
        ("ements", ""), ("ement", ""), ("ments", ""), ("ment", ""), ("ating", ""), ("ated", ""),
        ("ates", ""), ("ate", ""), ("ings", ""), ("ing", ""), ("ions", ""), ("ion", ""), ("ies", "y"),
        ("ied", "y"), ("edly", ""), ("ed", ""), ("ers", ""), ("er", ""), ("als", ""), ("al", ""),
        ("ly", ""), ("es", ""), ("s", ""), ("e", ""),
    ]

    static func stem(_ word: String) -> String {
        var w = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
        guard w.count > 3, w.allSatisfy(\.isLetter) else { return w }
        for (suffix, replacement) in suffixes where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
            if suffix == "s", w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") { break }
            w = String(w.dropLast(suffix.count)) + replacement
            break
        }
        // "logged" -> "logg" -> "log"; "planning" -> "plann" -> "plan"
        if let last = w.last, w.count > 3, w.dropLast().last == last, !"lsz".contains(last) {
            w.removeLast()
        }
        if w.hasSuffix("e"), w.count > 3 { w.removeLast() }
        return w
    }
}
