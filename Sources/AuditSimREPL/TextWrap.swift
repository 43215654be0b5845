#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Word wrapping for questions and feedback, so a long question reads as a paragraph
/// instead of running past the edge of the window.
public enum TextWrap {
    /// The terminal's width (TIOCGWINSZ), or 80 when output is not a terminal.
    public static func terminalWidth(fileDescriptor: Int32 = STDOUT_FILENO) -> Int {
        var size = winsize()
        guard isatty(fileDescriptor) == 1, ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Wraps each paragraph of `text` to `width` columns; `first` starts the first line,
    /// `rest` indents the others. Words longer than a line are kept whole.
    public static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> String {
        var lines: [String] = []
        var prefix = first
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = prefix
            var lineHasWord = false
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                if lineHasWord && columns(line) + 1 + columns(word) > width {
                    lines.append(line)
                    line = rest
                    lineHasWord = false
                }
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
            }
            lines.append(line)
            prefix = rest
        }
        return lines.joined(separator: "\n")
    }

    /// Display columns, counting each character as one (escape sequences are not expected:
    /// wrapping happens before colouring).
    static func columns(_ s: some StringProtocol) -> Int { s.count }
}
