import AuditSimCore

/// Prints diagnostics the way compilers do, coloured on a terminal.
public struct DiagnosticPrinter: Sendable {
    public var style: TerminalStyle

    public init(style: TerminalStyle) { self.style = style }

    public func format(_ d: Diagnostic) -> String {
        let label: String
        switch d.severity {
        case .error: label = style.red("error:")
        case .warning: label = style.magenta("warning:")
        case .note: label = style.dim("note:")
        }
        return "\(style.bold(TerminalStyle.inert(d.location) + ":")) \(label) \(TerminalStyle.inert(d.message))"
    }
}
