import Crypto
import Foundation
import GRDB

/// One row of a session transcript: an input and what the session made of it.
public struct StoredTurn: Sendable, Hashable {
    public var seq: Int
    public var createdAt: String
    public var questionID: String
    public var control: String
    public var interviewee: String
    public var asked: String
    /// `answer` or `skip`.
    public var input: String
    public var text: String?
    /// `recorded`, `reask`, `follow-up` or `skipped`.
    public var outcome: String
    public var understood: String?
    public var verdict: String?
    public var prevHash: String?
    public var hash: String?
    /// Questions finished after this input, for progress listings.
    public var progress: Int

    static let genesis = String(repeating: "0", count: 64)

    public init(createdAt: String, prompt: InterviewSession.Prompt, input: InterviewSession.Input, step: InterviewSession.Step,
                progress: Int) {
        seq = 0
        self.createdAt = createdAt
        questionID = prompt.questionID
        control = prompt.control.rawValue
        interviewee = prompt.interviewee.id
        asked = prompt.text
        switch input {
        case let .answer(t): self.input = "answer"; text = t.contains("\u{0}") ? t.replacingOccurrences(of: "\u{0}", with: "") : t
        case .skip: self.input = "skip"; text = nil
        }
        switch step {
        case .reask(let message): outcome = "reask"; understood = message; verdict = nil
        case let .recorded(turn, _, _): outcome = "recorded"; understood = turn.interpretation?.explanation; verdict = turn.judgement.verdict.rawValue
        case let .followUp(turn, _, _): outcome = "follow-up"; understood = turn.interpretation?.explanation; verdict = turn.judgement.verdict.rawValue
        case .skipped: outcome = "skipped"; understood = nil; verdict = nil
        }
        self.progress = progress
    }

    init(row: Row) {
        seq = row["seq"]
        createdAt = row["createdAt"]
        questionID = row["questionId"]
        control = row["control"]
        interviewee = row["interviewee"]
        asked = row["asked"]
        input = row["input"]
        text = row["text"]
        outcome = row["outcome"]
        understood = row["understood"]
        verdict = row["verdict"]
        prevHash = row["prevHash"]
        hash = row["hash"]
        progress = 0
    }

    /// The link of a sealed (v2) session: the previous link, the session id and every stored
    /// field, by SHA-256 or the keyed HMAC, so a turn moved to another session breaks.
    func chainedHash(after previous: String, session: Int64, hasher: ChainHasher) -> String {
        hasher.digest(["auditsim-turn-v2", previous, String(session), String(seq), createdAt, questionID, control, interviewee,
                       asked, input, text ?? "\u{0}", outcome, understood ?? "\u{0}", verdict ?? "\u{0}"])
    }

    /// The link of a session made before v2: SHA-256 over the previous hash and every stored
    /// field, length-prefixed so no two different rows can serialise alike.
    func chainedHash(after previous: String) -> String {
        let fields = [previous, String(seq), createdAt, questionID, control, interviewee, asked, input, text ?? "\u{0}",
                      outcome, understood ?? "\u{0}", verdict ?? "\u{0}"]
        var data = Data()
        for field in fields {
            let bytes = Data(field.utf8)
            data.append(contentsOf: withUnsafeBytes(of: UInt64(bytes.count).bigEndian, Array.init))
            data.append(bytes)
        }
        return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}

/// A line of `auditsim sessions`.
public struct SessionSummary: Sendable, Hashable {
    public var id: Int64
    public var createdAt: String
    public var scenarioPath: String
    public var scenarioName: String
    public var bank: String
    public var mode: String
    public var person: String?
    public var stages: [Int]
    public var controls: [String]?
    public var seed: UInt64
    public var answerSet: String?
    /// The `--banks` folder it was started with; nil for the shipped banks.
    public var banks: String?
    public var status: String
    public var verdict: String?
    public var questionsTotal: Int
    public var answered: Int
    public var findings: Int
    /// 1: made before sessions were sealed; 2: the row is sealed into the chain.
    public var chain: Int
    /// The chain key's public id when the session is keyed.
    public var keyID: String?

    static let select = """
        SELECT s.*, (SELECT COUNT(*) FROM finding f WHERE f.sessionId = s.id) AS findingCount FROM session s
        """

    init(row: Row) {
        id = row["id"]
        createdAt = row["createdAt"]
        scenarioPath = row["scenario"]
        scenarioName = row["scenarioName"]
        bank = row["bank"]
        mode = row["mode"]
        person = row["person"]
        stages = (row["stages"] as String).split(separator: ",").compactMap { Int($0) }
        controls = (row["controls"] as String?).map { $0.split(separator: ",").map(String.init) }
        seed = UInt64(bitPattern: row["seed"] as Int64)
        answerSet = row["answerSet"]
        banks = row["banks"]
        status = row["status"]
        verdict = row["verdict"]
        questionsTotal = row["questionsTotal"]
        answered = row["answered"]
        findings = row["findingCount"]
        chain = row["chain"] ?? 1
        keyID = row["keyId"]
    }
}
