/// Making user-supplied text (names, answers, document titles) inert in a report: nothing a
/// scenario author or an interviewee typed may become markup, a formula or a terminal command.
enum ReportText {
    /// Control characters (an ANSI escape, a bell, a NUL) replaced by their visible Unicode
    /// pictures (ESC becomes ␛), so they show up in the report instead of acting on a terminal
    /// or breaking a parser. Newline, carriage return and tab are kept: each format handles them.
    static func visible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.append(scalar)
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Text for HTML element content and attribute values (quoted with `"`): the five
    /// characters that could end an element or an attribute are written as entities.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in visible(text) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
