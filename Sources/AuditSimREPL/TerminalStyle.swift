#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Whether and how to colour output: only on a terminal, never with `NO_COLOR` set or
/// `TERM=dumb`. Text that came from files is stripped of control characters first, so a
/// CSV cell cannot repaint the screen.
public struct TerminalStyle: Sendable {
    public var colour: Bool

    public init(colour: Bool) { self.colour = colour }

    public static func detect(fileDescriptor: Int32 = STDOUT_FILENO,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let dumb = environment["TERM"] == "dumb"
        return TerminalStyle(colour: isatty(fileDescriptor) == 1 && !noColour && !dumb)
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "1;31") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }
    public func magenta(_ text: String) -> String { wrap(text, "35") }

    private func wrap(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Removes escape sequences and control characters (keeping newlines and tabs) from
    /// text that did not come from auditsim itself.
    public static func inert(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            switch s.value {
            case 0x1B:
                // Skip a CSI/OSC sequence: ESC [ … final byte, or ESC ] … BEL/ST.
                if let next = scalars.next() {
                    if next == "[" {
                        while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
                    } else if next == "]" {
                        while let c = scalars.next(), c.value != 0x07, c.value != 0x1B {}
                    }
                }
            case 0x0A, 0x09: out.append(s)
            case 0x00...0x1F, 0x7F, 0x80...0x9F: out.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: break  // bidi controls cannot reorder our output
            default: out.append(s)
            }
        }
        return String(out)
    }
}
