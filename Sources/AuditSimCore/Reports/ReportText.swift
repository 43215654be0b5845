/// Making user-supplied text (names, answers, document titles) inert in a report: nothing a
/// scenario author or an interviewee typed may become markup, a formula or a terminal command.
enum ReportText {
    /// Control characters (an ANSI escape, a bell, a NUL) replaced by their visible Unicode
    /// pictures (ESC becomes ␛), so they show up in the report instead of acting on a terminal
    /// or breaking a parser. Every C0 and C1 control is neutralised: newline and tab are kept,
    /// CR LF becomes a newline, a lone CR becomes ␍ (on a terminal it would return to the
    /// start of the line and let "monthly\rquarterly" show as "quarterly"). Bidirectional
    /// overrides, embeddings, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E,
    /// U+200F, U+061C) become U+FFFD, so text cannot reorder what a report shows around it.
    static func visible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x09, 0x0A: out.append(scalar)
            case 0x0D:
                if pending == "\n" { out.append("\n"); pending = scalars.next() } else { out.append("\u{240D}") }
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F: out.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: out.append("\u{FFFD}")
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
