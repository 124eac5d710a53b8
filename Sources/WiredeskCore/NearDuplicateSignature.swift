/// What near-duplicate detection knows of an article: the set of its word shingles, the numbers it states, and a
/// MinHash signature whose bands index it for candidate lookup.
///
/// The text is normalized first — case, punctuation, quotes, whitespace and line wrapping vanish, revision prefixes
/// such as `UPDATE 2-` are dropped from the title — but digits stay: numbers are what tell templated stories
/// (earnings, fund payouts, bond launches) apart.
public struct NearDuplicateSignature: Sendable, Equatable {
    public var shingles: Set<UInt64>
    public var numbers: Set<String>
    /// Lower-cased words written with a capital inside a sentence: the names the text is about.
    public var names: Set<String>
    /// The words of the title, without revision prefixes.
    public var titleWords: Set<String>
    /// One minimum per hash function, `NearDuplicateSignature.permutations` of them.
    public var minHashes: [UInt64]

    /// Number of hash functions: 32 bands of 4 rows.
    public static let permutations = 128
    public static let rowsPerBand = 4
    public static var bands: Int { permutations / rowsPerBand }

    /// Without `minHashes`, only what verification needs (shingles and numbers) is computed.
    public init(title: String?, body: String, shingleSize: Int, minHashes computeMinHashes: Bool = true) {
        var tokens = Self.tokens(of: Self.strippingRevisionPrefix(title ?? ""))
        titleWords = Set(tokens)
        tokens += Self.tokens(of: body)
        numbers = Self.numbers(in: (title ?? "") + "\n" + body)
        names = Self.names(in: body)
        let hashes = tokens.map(Self.hash)
        shingles = Self.shingles(of: hashes, size: max(1, shingleSize))
        minHashes = computeMinHashes ? Self.minHashes(of: shingles) : []
    }

    /// The keys of the signature's LSH bands: two articles that share a key are candidates.
    public var bandKeys: [Int64] {
        (0..<Self.bands).map { band in
            var key = Self.mix(UInt64(band) &+ 0x9E37_79B9_7F4A_7C15)
            for row in 0..<Self.rowsPerBand {
                key = Self.mix(key ^ minHashes[band * Self.rowsPerBand + row])
            }
            return Int64(bitPattern: key)
        }
    }

    /// Jaccard similarity of the shingle sets: |A ∩ B| / |A ∪ B|.
    public func jaccard(with other: NearDuplicateSignature) -> Double {
        guard !shingles.isEmpty || !other.shingles.isEmpty else { return 1 }
        let (small, large) =
            shingles.count <= other.shingles.count ? (shingles, other.shingles) : (other.shingles, shingles)
        let common = small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) }
        return Double(common) / Double(shingles.count + other.shingles.count - common)
    }

    /// How far the two texts state the same figures: the share of the shorter list of numbers found in the other
    /// (1 when either states fewer than two, as there is nothing to tell them apart by).
    public func numberAgreement(with other: NearDuplicateSignature) -> Double {
        guard numbers.count >= 2, other.numbers.count >= 2 else { return 1 }
        let common = numbers.intersection(other.numbers).count
        return Double(common) / Double(min(numbers.count, other.numbers.count))
    }

    /// Whether the two texts are about different subjects told in one template (fund payouts, results): their
    /// headlines differ and each names something the other never mentions — one fund or company swapped for
    /// another. A text that only adds or drops names (an update, a cut), or keeps its headline, does not conflict.
    public func namesConflict(with other: NearDuplicateSignature) -> Bool {
        titleWords != other.titleWords && !names.isSubset(of: other.names) && !other.names.isSubset(of: names)
    }

    // MARK: - Normalization

    /// Figures as written, decimals whole: `7.1`, `1,400`, `2027` (so `7.1` and `1.7` differ).
    static func numbers(in text: String) -> Set<String> {
        var numbers = Set<String>()
        var current = ""
        var pendingSeparator: Character?
        for character in text {
            if character.isASCII && character.isNumber {
                if let separator = pendingSeparator, !current.isEmpty { current.append(separator) }
                pendingSeparator = nil
                current.append(character)
            } else if (character == "." || character == ",") && !current.isEmpty && pendingSeparator == nil {
                pendingSeparator = character
            } else {
                if !current.isEmpty { numbers.insert(current) }
                current = ""
                pendingSeparator = nil
            }
        }
        if !current.isEmpty { numbers.insert(current) }
        return numbers
    }

    /// Capitalized words that do not start a sentence. Text mostly in capitals says nothing this way: no names.
    static func names(in text: String) -> Set<String> {
        var names = Set<String>()
        var sentenceStart = true
        var shouted = 0
        var words = 0
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let letters = word.drop { !$0.isLetter && !$0.isNumber }
            if let first = letters.first, first.isLetter {
                words += 1
                if letters.count > 1 && !letters.contains(where: \.isLowercase) { shouted += 1 }
                if first.isUppercase {
                    if !sentenceStart {
                        for part in tokens(of: String(letters)) where !part.contains(where: \.isNumber) {
                            names.insert(part)
                        }
                    }
                }
            }
            if let last = word.last { sentenceStart = ".!?\"".contains(last) }
        }
        return words > 0 && shouted * 2 > words ? [] : names
    }

    /// Title prefixes that mark a new version of the same story, not a different one.
    static let revisionPrefixes: [String] = [
        "UPDATE", "WRAPUP", "RPT", "REPEAT", "CORRECTED", "CORRECTION", "REFILE", "RECASTS", "ADVISORY", "FLASH",
        "URGENT", "BULLETIN", "NEWSALERT",
    ]

    /// `UPDATE 2-Title`, `RPT-Title`, `CORRECTED-UPDATE 1-Title` → `Title`.
    static func strippingRevisionPrefix(_ title: String) -> String {
        var rest = Substring(title)
        var stripped = true
        while stripped {
            stripped = false
            let trimmed = rest.drop { $0 == " " }
            for prefix in revisionPrefixes where trimmed.uppercased().hasPrefix(prefix) {
                var after = trimmed.dropFirst(prefix.count).drop { $0 == " " || $0.isNumber }
                guard let separator = after.first, "-–—:".contains(separator) else { continue }
                after = after.dropFirst()
                rest = after
                stripped = true
                break
            }
        }
        return String(rest)
    }

    /// Lower-cased runs of letters and digits.
    static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if WordCharacters.isWordScalar(scalar) {
                let value = scalar.value
                if value < 0x80 {
                    let isUpper = (0x41...0x5A).contains(value)
                    current.append(Unicode.Scalar(UInt8(truncatingIfNeeded: isUpper ? value + 0x20 : value)))
                } else {
                    current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    // MARK: - Hashing

    /// FNV-1a over the token's UTF-8, finished by a 64-bit mixer.
    static func hash(_ token: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in token.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return mix(hash)
    }

    static func shingles(of hashes: [UInt64], size: Int) -> Set<UInt64> {
        guard hashes.count >= size else { return hashes.isEmpty ? [] : [combine(hashes[...])] }
        var result = Set<UInt64>(minimumCapacity: hashes.count)
        for start in 0...(hashes.count - size) {
            result.insert(combine(hashes[start..<(start + size)]))
        }
        return result
    }

    static func combine(_ hashes: ArraySlice<UInt64>) -> UInt64 {
        hashes.reduce(0x2545_F491_4F6C_DD1D) { mix($0 &* 31 ^ $1) }
    }

    /// Per-function seeds; function i maps a shingle h to mix(h ^ seed_i).
    static let seeds: [UInt64] = (0..<permutations).map { mix(UInt64($0) &* 0xD6E8_FEB8_6659_FD93 &+ 1) }

    static func minHashes(of shingles: Set<UInt64>) -> [UInt64] {
        var minima = [UInt64](repeating: .max, count: permutations)
        for shingle in shingles {
            for index in 0..<permutations {
                let value = mix(shingle ^ seeds[index])
                if value < minima[index] { minima[index] = value }
            }
        }
        return minima
    }

    /// The finalizer of SplitMix64: spreads every input bit over the output.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
