/// Draws an auditor's sample: without replacement, from the whole population, reproducibly
/// for a seed (the same seed always picks the same records).
public struct SamplingPlan: Sendable, Hashable {
    public var size: Int
    public var seed: UInt64

    public init(size: Int, seed: UInt64) {
        self.size = size
        self.seed = seed
    }

    /// The chosen records, in date order. The seed is mixed with the source id so two
    /// sources of the same size do not pick the same positions.
    public func draw(from population: [EvidenceRecord], sourceID: String) -> [EvidenceRecord] {
        guard size < population.count else { return population }
        var generator = SplitMix64(seed: seed ^ SamplingPlan.stableHash(sourceID))
        var indices = Array(population.indices)
        for i in 0..<size {
            let j = i + Int(generator.next() % UInt64(indices.count - i))
            indices.swapAt(i, j)
        }
        return indices.prefix(size).sorted().map { population[$0] }
    }

    /// More records after a failure in `sample`: drawn from the rest of the population with
    /// the same seed, up to `total` records in all (JUDGEMENT.md §2, extended sampling).
    public func extend(_ sample: [EvidenceRecord], from population: [EvidenceRecord], sourceID: String, to total: Int) -> [EvidenceRecord] {
        let taken = Set(sample.map(\.row))
        let rest = population.filter { !taken.contains($0.row) }
        let more = SamplingPlan(size: min(max(total - sample.count, 0), rest.count), seed: seed &+ 1)
        return more.size == 0 ? [] : more.draw(from: rest, sourceID: sourceID)
    }

    /// FNV-1a: stable across runs and platforms, unlike `Hasher`.
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// The chance that a sample of `sampleSize` drawn from `population` records, of which
    /// `failures` fail, contains at least one failure (hypergeometric).
    public static func detectionProbability(population: Int, failures: Int, sampleSize: Int) -> Double {
        guard failures > 0, sampleSize > 0, population > 0 else { return 0 }
        if sampleSize > population - failures { return 1 }
        // P(no failure) = C(N-K, n) / C(N, n) = Π_{i=0}^{n-1} (N-K-i)/(N-i)
        var none = 1.0
        for i in 0..<sampleSize {
            none *= Double(population - failures - i) / Double(population - i)
        }
        return 1 - none
    }
}

/// A small, fast, well-distributed generator with a stable sequence for a seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
