import Foundation
import Testing

@testable import AuditSimCore

/// The parsed-bank cache gives the bank a parse gives, and anything wrong with it only costs
/// the parse. Every test has its own cache folder in the temporary directory.
@Suite("Bank cache")
struct BankCacheTests {
    static let repository = Fixture.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shippedBanks: [URL] = {
        let root = repository.appendingPathComponent("QuestionBanks")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().map { root.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("bank.yaml").path) }
    }()

    /// A cache in a fresh temporary folder, removed by `remove`.
    struct Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("auditsim-bank-cache-\(UUID().uuidString)")
        var cache: BankCache { BankCache(directory: root.appendingPathComponent("cache/auditsim/banks")) }
        var entries: [URL] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cache.directory.path)) ?? [])
                .map { cache.directory.appendingPathComponent($0) }
        }

        /// A copy of `bank` that a test may edit.
        func copy(_ bank: URL) throws -> URL {
            let copy = root.appendingPathComponent("banks/\(bank.lastPathComponent)")
            try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: bank, to: copy)
            return copy
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func shippedBanksAreKnown() {
        #expect(Self.shippedBanks.map(\.lastPathComponent).contains("iso27001-2022"))
    }

    @Test(arguments: shippedBanks)
    func aCachedLoadEqualsAParse(_ dir: URL) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let parsed = try QuestionBankLoader.load(dir)
        #expect(try QuestionBankLoader.load(dir, cache: scratch.cache) == parsed)  // parsed, then stored
        #expect(scratch.entries.count == 1)
        #expect(try QuestionBankLoader.load(dir, cache: scratch.cache) == parsed)  // from the entry
        let files = try #require(BankFiles(dir, files: QuestionBankLoader.yamlFiles(in: dir), formatVersion: BankCache.formatVersion))
        #expect(scratch.cache.bank(for: files.key) == parsed)
    }

    @Test func anEntryIsReadInsteadOfTheYAML() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let dir = Fixture.url("banks/mini")
        let files = try #require(BankFiles(dir, files: QuestionBankLoader.yamlFiles(in: dir), formatVersion: BankCache.formatVersion))
        var marked = try QuestionBankLoader.load(dir)
        marked.title = "from the cache"
        scratch.cache.store(marked, for: files.key)
        #expect(try QuestionBankLoader.load(dir, cache: scratch.cache).title == "from the cache")
    }

    @Test func aDamagedEntryFallsBackToTheYAML() throws {
        let dir = Fixture.url("banks/mini")
        let parsed = try QuestionBankLoader.load(dir)
        let damages: [(String, (Data) -> Data)] = [
            ("empty", { _ in Data() }),
            ("truncated", { $0.prefix($0.count / 2) }),
            ("header only", { $0.prefix(46) }),
            ("a byte flipped", { var d = $0; d[d.count - 3] ^= 0x20; return d }),
            ("garbage", { Data(repeating: 0xFF, count: $0.count) }),
            ("trailing bytes", { $0 + Data([1, 2, 3]) }),
        ]
        for (name, damage) in damages {
            let scratch = Scratch()
            defer { scratch.remove() }
            _ = try QuestionBankLoader.load(dir, cache: scratch.cache)
            let entry = try #require(scratch.entries.first)
            try damage(try Data(contentsOf: entry)).write(to: entry)
            #expect(try QuestionBankLoader.load(dir, cache: scratch.cache) == parsed, "\(name)")
            #expect(try QuestionBankLoader.load(dir, cache: scratch.cache) == parsed, "\(name), rewritten")
        }
    }

    @Test func anUnwritableCacheIsIgnored() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let dir = Fixture.url("banks/mini")
        let parsed = try QuestionBankLoader.load(dir)
        // A file where the cache folder should be: nothing can be created under it, even by root.
        try FileManager.default.createDirectory(at: scratch.root, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: scratch.root.appendingPathComponent("cache"))
        #expect(try QuestionBankLoader.load(dir, cache: scratch.cache) == parsed)
        #expect(try QuestionBankLoader.load(dir, cache: scratch.cache) == parsed)
    }

    @Test func anEntryThatIsAFolderIsIgnored() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let dir = Fixture.url("banks/mini")
        let files = try #require(BankFiles(dir, files: QuestionBankLoader.yamlFiles(in: dir), formatVersion: BankCache.formatVersion))
        try FileManager.default.createDirectory(at: scratch.cache.entry(files.key), withIntermediateDirectories: true)
        #expect(try QuestionBankLoader.load(dir, cache: scratch.cache) == QuestionBankLoader.load(dir))
    }

    @Test func aChangedFileMakesANewEntry() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let dir = try scratch.copy(Fixture.url("banks/mini"))
        _ = try QuestionBankLoader.load(dir, cache: scratch.cache)
        let questions = dir.appendingPathComponent("questions.yaml")
        let text = try String(contentsOf: questions, encoding: .utf8)
        try text.replacingOccurrences(of: "When did your last internal audit take place?", with: "When was the last internal audit?")
            .write(to: questions, atomically: true, encoding: .utf8)
        let cached = try QuestionBankLoader.load(dir, cache: scratch.cache)
        #expect(cached == (try QuestionBankLoader.load(dir)))
        #expect(cached.questions.first?.text == "When was the last internal audit?")
        #expect(scratch.entries.count == 2)
        // Paths count too: the same contents under another name are another entry.
        try FileManager.default.moveItem(at: questions, to: dir.appendingPathComponent("renamed.yaml"))
        #expect(try QuestionBankLoader.load(dir, cache: scratch.cache) == cached)
        #expect(scratch.entries.count == 3)
    }

    static let brokenBanks = ["dupkey-bank", "empty-bank", "fields-bank", "notutf8-bank", "syntax-bank", "tabs-bank", "mini"]

    @Test(arguments: brokenBanks)
    func aMalformedBankGivesTheSameDiagnosticsAndNoEntry(_ name: String) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let dir: URL
        if name == "mini" {
            dir = try scratch.copy(Fixture.url("banks/mini"))
            let questions = dir.appendingPathComponent("questions.yaml")
            try String(contentsOf: questions, encoding: .utf8).replacingOccurrences(of: "answer: frequency", with: "answer: sometimes")
                .write(to: questions, atomically: true, encoding: .utf8)
        } else {
            dir = Fixture.url("broken/\(name)")
        }
        func diagnostics(_ cache: BankCache?) -> [Diagnostic] {
            do { _ = try QuestionBankLoader.load(dir, cache: cache); return [] } catch { return error.diagnostics }
        }
        let expected = diagnostics(nil)
        #expect(!expected.isEmpty)
        #expect(diagnostics(scratch.cache) == expected)
        #expect(diagnostics(scratch.cache) == expected)
        #expect(scratch.entries.isEmpty)
    }

    @Test func concurrentWritersLeaveOneWholeEntry() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let dir = Fixture.url("banks/mini")
        let parsed = try QuestionBankLoader.load(dir)
        let cache = scratch.cache
        DispatchQueue.concurrentPerform(iterations: 8) { _ in _ = try? QuestionBankLoader.load(dir, cache: cache) }
        #expect(scratch.entries.count == 1)  // no temporary file is left behind
        #expect(try QuestionBankLoader.load(dir, cache: scratch.cache) == parsed)
    }

    @Test func theEnvironmentPlacesOrDisablesTheCache() {
        #expect(BankCache.standard(environment: ["XDG_CACHE_HOME": "/x/cache"])?.directory.path == "/x/cache/auditsim/banks")
        #expect(BankCache.standard(environment: [:])?.directory.path.hasSuffix("/.cache/auditsim/banks") == true)
        #expect(BankCache.standard(environment: ["AUDITSIM_NO_CACHE": "1"]) == nil)
        #expect(BankCache.standard(environment: ["AUDITSIM_NO_CACHE": "0"]) != nil)
        #expect(BankCache.standard(environment: ["AUDITSIM_NO_CACHE": ""]) != nil)
    }
}
