internal import CYaml

/// Refuses YAML whose aliases expand to an absurd number of nodes ("billion laughs") before
/// Yams composes it: Yams hashes mapping keys, and a key that is an alias of an alias of
/// … takes exponential time to hash, so such a file would hang `validate` forever. Data
/// files never need more than a few aliases; nesting depth is already capped by libyaml.
enum YAMLAliasGuard {
    /// Far above any real bank or scenario (the shipped bank is about 20,000 nodes).
    static let maximumNodes = 1_000_000

    /// Where the expansion passed the limit, or nil when the file is fine (or has a syntax
    /// error, which Yams then reports with its own location).
    static func overflow(in text: String) -> (line: Int, column: Int)? {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }  // no alias, nothing to expand
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return scan(&parser)
        }
    }

    private static func scan(_ parser: inout yaml_parser_t) -> (line: Int, column: Int)? {
        var sizes: [String: Int] = [:]           // anchor → nodes it expands to
        var open: [(anchor: String?, nodes: Int)] = [(nil, 0)]
        var event = yaml_event_t()
        func add(_ nodes: Int) { open[open.count - 1].nodes = min(open[open.count - 1].nodes + nodes, maximumNodes + 1) }
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            let mark = (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                if let anchor = event.data.scalar.anchor { sizes[String(cString: anchor)] = 1 }
                add(1)
            case YAML_SEQUENCE_START_EVENT:
                open.append((event.data.sequence_start.anchor.map { String(cString: $0) }, 1))
            case YAML_MAPPING_START_EVENT:
                open.append((event.data.mapping_start.anchor.map { String(cString: $0) }, 1))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard open.count > 1 else { return nil }
                let done = open.removeLast()
                if let anchor = done.anchor { sizes[anchor] = done.nodes }
                add(done.nodes)
            case YAML_ALIAS_EVENT:
                add(event.data.alias.anchor.flatMap { sizes[String(cString: $0)] } ?? 1)
            default:
                break
            }
            if open[open.count - 1].nodes > maximumNodes { return mark }
        }
        return nil
    }
}
