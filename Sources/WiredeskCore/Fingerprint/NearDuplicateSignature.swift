import WiredeskText

/// What near-duplicate detection knows of an article: the set of its word shingles, the numbers it states, the names
/// it mentions, and a MinHash signature whose bands index it for candidate lookup.
///
/// The text is normalized first — case, punctuation, quotes, whitespace and line wrapping vanish, revision prefixes
/// such as `UPDATE 2-` are dropped from the title — but digits stay: numbers are what tell templated stories
/// (earnings, fund payouts, bond launches) apart.
///
/// Figures, names and title words are 64-bit hashes in ascending order, without repeats, so that comparing two
/// signatures is a merge of sorted arrays. What only the verification of a candidate reads — shingles in that order,
/// figures and names — is made when two texts are compared, which most never are.
public struct NearDuplicateSignature: Sendable, Equatable {
    /// The hash of every run of `shingleSize` words, in text order; ``jaccard(with:)`` compares them as sets.
    public var shingles: [UInt64]
    /// The text signed, for the figures and names verification reads.
    public var title: String?
    public var body: String
    /// The figures the text states (``numbers(in:)``).
    public var numbers: [UInt64] { Self.sortedUnique(Self.numbers(in: title ?? "") + Self.numbers(in: body)) }
    /// Lower-cased words written with a capital inside a sentence: the names the text is about (``names(in:)``).
    public var names: [UInt64] { Self.names(in: body) }
    /// The words of the title, without revision prefixes.
    public var titleWords: [UInt64]
    /// One minimum per hash function, `NearDuplicateSignature.permutations` of them.
    public var minHashes: [UInt64]
    /// The keys of the signature's LSH bands: two articles that share a key are candidates.
    public var bandKeys: [Int64]

    /// Number of hash functions: 32 bands of 4 rows.
    public static let permutations = 128
    public static let rowsPerBand = 4
    public static var bands: Int { permutations / rowsPerBand }

    /// Without `minHashes`, only what verification needs is computed.
    public init(title: String?, body: String, shingleSize: Int, minHashes computeMinHashes: Bool = true) {
        self.title = title
        self.body = body
        let titleHashes = Self.tokenHashes(of: Self.strippingRevisionPrefix(title ?? ""))
        titleWords = Self.sortedUnique(titleHashes)
        shingles = Self.shingles(of: titleHashes + Self.tokenHashes(of: body), size: max(1, shingleSize))
        minHashes = computeMinHashes ? Self.minHashes(of: shingles) : []
        bandKeys = computeMinHashes ? Self.bandKeys(of: minHashes) : []
    }

    static func bandKeys(of minHashes: [UInt64]) -> [Int64] {
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
        let (mine, theirs) = (Self.sortedUnique(shingles), Self.sortedUnique(other.shingles))
        let common = Self.commonCount(mine, theirs)
        return Double(common) / Double(mine.count + theirs.count - common)
    }

    /// How far the two texts state the same figures: the share of the shorter list of numbers found in the other
    /// (1 when either states fewer than two, as there is nothing to tell them apart by).
    public func numberAgreement(with other: NearDuplicateSignature) -> Double {
        let (mine, theirs) = (numbers, other.numbers)
        guard mine.count >= 2, theirs.count >= 2 else { return 1 }
        let common = Self.commonCount(mine, theirs)
        return Double(common) / Double(min(mine.count, theirs.count))
    }

    /// Whether the two texts are about different subjects told in one template (fund payouts, results): their
    /// headlines differ and each names something the other never mentions — one fund or company swapped for
    /// another. A text that only adds or drops names (an update, a cut), or keeps its headline, does not conflict.
    public func namesConflict(with other: NearDuplicateSignature) -> Bool {
        guard titleWords != other.titleWords else { return false }
        let (mine, theirs) = (names, other.names)
        let common = Self.commonCount(mine, theirs)
        return common < mine.count && common < theirs.count
    }

    // MARK: - Sorted hash sets

    static func sortedUnique(_ values: [UInt64]) -> [UInt64] {
        var values = values
        values.sort()
        var kept = 0
        for index in values.indices where index == 0 || values[index] != values[kept - 1] {
            values[kept] = values[index]
            kept += 1
        }
        values.removeLast(values.count - kept)
        return values
    }

    /// The number of values two ascending arrays without repeats share.
    static func commonCount(_ first: [UInt64], _ second: [UInt64]) -> Int {
        var (i, j, common) = (0, 0, 0)
        while i < first.count && j < second.count {
            if first[i] < second[j] {
                i += 1
            } else if first[i] > second[j] {
                j += 1
            } else {
                common += 1
                i += 1
                j += 1
            }
        }
        return common
    }

    // MARK: - Normalization

    /// Figures as written, decimals whole: `7.1`, `1,400`, `2027` (so `7.1` and `1.7` differ); each hashed like a
    /// token of its characters, in ascending order without repeats.
    static func numbers(in text: String) -> [UInt64] {
        return text.withBytes { utf8 in
            var numbers: [UInt64] = []
            var hash = fnvOffset
            var digits = 0
            // `.` or `,` read after digits, kept only when another digit follows; 0 for none.
            var pendingSeparator: UInt8 = 0
            for byte in utf8 {
                if byte >= 0x30 && byte <= 0x39 {
                    if pendingSeparator != 0 { hash = (hash ^ UInt64(pendingSeparator)) &* fnvPrime }
                    pendingSeparator = 0
                    hash = (hash ^ UInt64(byte)) &* fnvPrime
                    digits += 1
                } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")) && digits > 0
                    && pendingSeparator == 0
                {
                    pendingSeparator = byte
                } else if digits > 0 {
                    numbers.append(mix(hash))
                    hash = fnvOffset
                    digits = 0
                    pendingSeparator = 0
                }
            }
            if digits > 0 { numbers.append(mix(hash)) }
            return sortedUnique(numbers)
        }
    }

    /// Capitalized words that do not start a sentence, each part between hyphens or other signs hashed like a
    /// lower-cased token, in ascending order without repeats. Text mostly in capitals says nothing this way: no names.
    static func names(in text: String) -> [UInt64] {
        var scanner = NameScanner()
        text.withBytes { utf8 in
            var wordStart = 0
            for index in 0...utf8.count
            where index == utf8.count || utf8[index] == 0x20 || utf8[index] == 0x0A || utf8[index] == 0x09
                || utf8[index] == 0x0D
            {
                if index > wordStart { scanner.read(utf8.view(wordStart..<index)) }
                wordStart = index + 1
            }
        }
        return scanner.words > 0 && scanner.shouted * 2 > scanner.words ? [] : sortedUnique(scanner.names)
    }

    /// Reads words (runs of bytes between blanks) one after another for ``names(in:)``: ASCII words byte by byte, a
    /// word with other letters through Unicode's tables.
    struct NameScanner {
        var names: [UInt64] = []
        var sentenceStart = true
        /// Words of letters, and those of them written all in capitals.
        var words = 0
        var shouted = 0

        mutating func read(_ word: ByteView) {
            guard let last = word.last else { return }
            defer {
                sentenceStart =
                    last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
                    || last == UInt8(ascii: "\"")
            }
            guard word.allSatisfy({ $0 < 0x80 }) else { return readUnicode(String(decoding: word, as: UTF8.self)) }
            guard let start = word.firstIndex(where: { isASCIILetter($0) || isASCIIDigit($0) }),
                isASCIILetter(word[start])
            else { return }
            words += 1
            let letters = word[start...]
            if letters.count > 1 && !letters.contains(where: { (0x61...0x7A).contains($0) }) { shouted += 1 }
            guard (0x41...0x5A).contains(word[start]), !sentenceStart else { return }
            var hash = fnvOffset
            var length = 0
            var hasDigit = false
            for byte in letters {
                if isASCIILetter(byte) || isASCIIDigit(byte) {
                    hash = (hash ^ UInt64(isASCIILetter(byte) ? byte | 0x20 : byte)) &* fnvPrime
                    length += 1
                    hasDigit = hasDigit || isASCIIDigit(byte)
                } else {
                    if length > 0 && !hasDigit { names.append(mix(hash)) }
                    (hash, length, hasDigit) = (fnvOffset, 0, false)
                }
            }
            if length > 0 && !hasDigit { names.append(mix(hash)) }
        }

        private mutating func readUnicode(_ word: String) {
            let letters = word.unicodeScalars.drop { !isLetter($0) && !(0x30...0x39).contains($0.value) }
            guard let first = letters.first, isLetter(first) else { return }
            words += 1
            if letters.count > 1 && !letters.contains(where: isLowercase) { shouted += 1 }
            guard isUppercase(first), !sentenceStart else { return }
            for part in tokens(of: String(String.UnicodeScalarView(letters))) where !part.contains(where: \.isNumber) {
                names.append(hash(Array(part.utf8)))
            }
        }
    }

    @inline(__always) private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    @inline(__always) private static func isASCIIDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte)
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80
            ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
            : scalar.properties.isAlphabetic
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }

    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x61...0x7A).contains(scalar.value) : scalar.properties.isLowercase
    }

    /// `UPDATE 2-Title`, `RPT-Title`, `CORRECTED-UPDATE 1-Title` → `Title`: the tags that mark a new version of the
    /// same story (`StatusTags.revisions`), not a different one.
    static func strippingRevisionPrefix(_ title: String) -> String {
        var rest = Substring(title)
        var stripped = true
        while stripped {
            stripped = false
            let trimmed = rest.drop { $0 == " " }
            // Long enough for the longest prefix, upper-cased once.
            let head = trimmed.prefix(12).uppercased()
            for prefix in StatusTags.revisions where head.hasPrefix(prefix) {
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

    static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a over the token's lower-cased UTF-8, finished by a 64-bit mixer.
    static func hash(_ token: [UInt8]) -> UInt64 {
        var hash = fnvOffset
        for byte in token { hash = (hash ^ UInt64(byte)) &* fnvPrime }
        return mix(hash)
    }

    /// The hashes of `tokens(of:)`, computed straight from UTF-8: ASCII letters and digits are folded byte by
    /// byte; other scalars go through Unicode's tables. Same values as hashing each token's bytes.
    static func tokenHashes(of text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.utf8.count / 5)
        var hash = fnvOffset
        var inToken = false
        WordCharacters.forEachScalar(in: text) { scalar, foldedASCII in
            if foldedASCII != 0 {
                hash = (hash ^ UInt64(foldedASCII)) &* fnvPrime
                inToken = true
            } else if let scalar, WordCharacters.isWordScalar(scalar) {
                for byte in scalar.properties.lowercaseMapping.utf8 { hash = (hash ^ UInt64(byte)) &* fnvPrime }
                inToken = true
            } else if inToken {
                hashes.append(mix(hash))
                hash = fnvOffset
                inToken = false
            }
        }
        if inToken { hashes.append(mix(hash)) }
        return hashes
    }

    /// The hash of every run of `size` consecutive tokens, in text order (a repeated run repeats its hash).
    static func shingles(of hashes: [UInt64], size: Int) -> [UInt64] {
        guard hashes.count >= size else { return hashes.isEmpty ? [] : [combine(hashes[...])] }
        return (0...(hashes.count - size)).map { start in combine(hashes[start..<(start + size)]) }
    }

    @inline(__always)
    static func combine(_ hashes: ArraySlice<UInt64>) -> UInt64 {
        var combined: UInt64 = 0x2545_F491_4F6C_DD1D
        for hash in hashes { combined = mix(combined &* 31 ^ hash) }
        return combined
    }

    /// One-permutation MinHash with optimal densification (Shrivastava, 2017): each shingle is hashed once, its top
    /// bits choose one of the `permutations` bins and the rest compete for that bin's minimum; an empty bin borrows
    /// the minimum of a bin chosen by a hash of its own index, the same for every text. Each bin still agrees
    /// between two texts with probability close to their Jaccard similarity, at 1/128 of the cost of 128 hash
    /// functions.
    static func minHashes(of shingles: [UInt64]) -> [UInt64] {
        let binBits = UInt64(permutations.trailingZeroBitCount)
        let valueMask: UInt64 = (1 << (64 - binBits)) - 1
        var minima = [UInt64](repeating: .max, count: permutations)
        for shingle in shingles {
            let bin = Int(shingle >> (64 - binBits))
            let value = shingle & valueMask
            if value < minima[bin] { minima[bin] = value }
        }
        guard !shingles.isEmpty else { return minima }
        var dense = minima
        for bin in 0..<permutations where minima[bin] == .max {
            var attempt: UInt64 = 0
            var source = bin
            repeat {
                attempt += 1
                source = Int(mix(UInt64(bin) << 32 | attempt) % UInt64(permutations))
            } while minima[source] == .max
            // Mixing in the borrowing bin keeps two borrowed copies of one minimum from matching each other alone.
            dense[bin] = mix(minima[source] ^ UInt64(bin))
        }
        return dense
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
