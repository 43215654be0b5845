#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the shell writes: styled only on a terminal, wrapped to the window's current
/// width, and every piece of text that came from a file or a person made inert first.
public struct Screen {
    public var style: TerminalStyle
    /// Asked on every paragraph, so a resized window is honoured at once.
    public var width: () -> Int
    private let emit: (String) -> Void

    public init(style: TerminalStyle, width: @escaping () -> Int, emit: @escaping (String) -> Void) {
        self.style = style
        self.width = width
        self.emit = emit
    }

    /// Standard output, flushed per write so a killed process has shown what it said.
    public static func standard() -> Screen {
        Screen(style: .detect(), width: { TextWrap.terminalWidth() }, emit: StandardOutput.write)
    }

    /// The widest a line is written: the window less one column, and no wider than
    /// `readableCap` on a wide terminal, so paragraphs stay readable.
    public static let readableCap = 100
    public var lineWidth: Int { max(20, min(width(), Screen.readableCap) - 1) }

    /// Writes lines of our own text; plain lines too long for the window are wrapped at
    /// word boundaries, continuing under their own indent.
    public func line(_ text: String = "") {
        guard !text.contains("\u{1B}"), !text.contains("\n"), text.count > lineWidth else { return emit(text + "\n") }
        let indent = String(text.prefix { $0 == " " })
        emit(TextWrap.wrap(String(text.dropFirst(indent.count)), width: lineWidth, first: indent, rest: indent + "  ") + "\n")
    }

    /// Our own text wrapped, then styled as a whole (a dim progress line).
    public func styled(_ text: String, _ decorate: (String) -> String) {
        emit(decorate(TextWrap.wrap(text, width: lineWidth)) + "\n")
    }

    /// Writes `text` wrapped and in bold: a heading or a verdict.
    public func heading(_ text: String) {
        emit(style.bold(TextWrap.wrap(TerminalStyle.inert(text), width: lineWidth)) + "\n")
    }

    /// Writes foreign `text` wrapped, after a prefix of ours (`first` on the first line,
    /// `rest` on the others); `decorate` styles the prefix.
    public func paragraph(_ text: String, first: String = "", rest: String = "",
                          decorate: (String) -> String = { $0 }) {
        let wrapped = TextWrap.wrap(TerminalStyle.inert(text), width: lineWidth, first: first, rest: rest)
        emit(decorate(first) + wrapped.dropFirst(first.count) + "\n")
    }
}
