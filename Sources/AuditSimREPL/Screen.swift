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

    /// Writes lines of our own text as they are.
    public func line(_ text: String = "") { emit(text + "\n") }

    /// Writes `text` wrapped and in bold: a heading or a verdict.
    public func heading(_ text: String) {
        emit(style.bold(TextWrap.wrap(TerminalStyle.inert(text), width: max(20, width() - 1))) + "\n")
    }

    /// Writes foreign `text` wrapped, after a prefix of ours (`first` on the first line,
    /// `rest` on the others); `decorate` styles the prefix.
    public func paragraph(_ text: String, first: String = "", rest: String = "",
                          decorate: (String) -> String = { $0 }) {
        let wrapped = TextWrap.wrap(TerminalStyle.inert(text), width: max(20, width() - 1), first: first, rest: rest)
        emit(decorate(first) + wrapped.dropFirst(first.count) + "\n")
    }
}
