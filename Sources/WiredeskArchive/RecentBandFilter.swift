import GRDB

/// Which band keys some periods of `near_duplicate_bands` may hold, kept in memory as Bloom filters: a story that
/// shares no band with any article of its window — most stories — is known to have no candidates without reading the
/// table, as a log-structured store skips the files a key cannot be in.
///
/// A period's filter is read from the table the first time a probe needs it, and the few periods used last are kept:
/// those of a live feed, or of the days an older collection is being filed into. The filters answer for the articles
/// up to `coveredThrough`: every band those articles have in a kept period is in its filter. A filter may say a key is
/// there when it is not (then the table is read as usual), never the reverse. Articles committed after
/// `coveredThrough` by anyone else are not in it; a commit that finds such articles drops the filters, and the next
/// probe starts anew.
struct RecentBandFilter: Sendable {
    /// Periods kept in memory at most.
    static let periodsKept = 6

    private(set) var coveredThrough: Int64
    private var periods: [Int: (filter: ScalableBloomFilter, lastUse: Int)] = [:]
    private var uses = 0

    init(in db: Database) throws {
        coveredThrough = try Int64.fetchOne(db, sql: "SELECT max(id) FROM articles") ?? 0
    }

    /// Whether some article up to `coveredThrough` may have one of `keys` in one of `periods`, reading the filters of
    /// periods not in memory yet from `database`; `nil` when the window spans more periods than are kept.
    mutating func mayHold(_ keys: [Int64], in periods: ClosedRange<Int>, database: some DatabaseReader) throws
        -> Bool?
    {
        guard periods.count <= Self.periodsKept else { return nil }
        uses += 1
        var found = false
        for period in periods {
            if self.periods[period] == nil { try load(period, from: database) }
            self.periods[period]!.lastUse = uses
            found = found || keys.contains(where: self.periods[period]!.filter.mayContain)
        }
        return found
    }

    private mutating func load(_ period: Int, from database: some DatabaseReader) throws {
        var filter = ScalableBloomFilter()
        try database.read { db in
            let keys = try Int64.fetchCursor(
                db, sql: "SELECT key FROM near_duplicate_bands WHERE bucket = ? AND article_id <= ?",
                arguments: [period, coveredThrough])
            while let key = try keys.next() { filter.insert(key) }
        }
        if self.periods.count >= Self.periodsKept,
            let oldest = self.periods.min(by: { $0.value.lastUse < $1.value.lastUse })?.key
        {
            self.periods[oldest] = nil
        }
        self.periods[period] = (filter, uses)
    }

    /// Adds the bands of a batch committed on top of `committedThrough`, whose last article is `lastID`. Returns
    /// `false` when the filters did not cover `committedThrough` (another writer committed since) and must be dropped.
    mutating func add(_ batch: NearDuplicateBatch, committedThrough: Int64, lastID: Int64) -> Bool {
        guard committedThrough == coveredThrough else { return false }
        // Periods not in memory read these bands from the table when they are needed.
        for band in batch.bands where periods[band.bucket] != nil {
            periods[band.bucket]!.filter.insert(band.key)
        }
        coveredThrough = max(coveredThrough, lastID)
        return true
    }
}

/// A Bloom filter that grows as keys come: a chain of filters, each twice the size of the one before, with 16 bits
/// and 7 probes per key at capacity (a false positive about once in 1,400 lookups of an absent key, per layer).
struct ScalableBloomFilter: Sendable {
    private var layers: [Layer] = [Layer(capacity: 4_096)]

    struct Layer: Sendable {
        var words: [UInt64]
        var capacity: Int
        var count = 0

        init(capacity: Int) {
            self.capacity = capacity
            words = Array(repeating: 0, count: capacity * 16 / 64)
        }

        /// The bit of the `probe`th probe for `key`, by double hashing of the key (already a well-mixed hash).
        @inline(__always)
        func bit(_ probe: UInt64, of key: Int64) -> Int {
            let first = UInt64(bitPattern: key)
            let step = (first >> 32 | first << 32) | 1
            return Int((first &+ probe &* step) & UInt64(words.count * 64 - 1))
        }

        func mayContain(_ key: Int64) -> Bool {
            (0..<UInt64(7)).allSatisfy { probe in
                let bit = bit(probe, of: key)
                return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
            }
        }

        mutating func insert(_ key: Int64) {
            for probe in 0..<UInt64(7) {
                let bit = bit(probe, of: key)
                words[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            count += 1
        }
    }

    func mayContain(_ key: Int64) -> Bool {
        layers.contains { $0.mayContain(key) }
    }

    mutating func insert(_ key: Int64) {
        if layers[layers.count - 1].count >= layers[layers.count - 1].capacity {
            layers.append(Layer(capacity: layers[layers.count - 1].capacity * 2))
        }
        layers[layers.count - 1].insert(key)
    }
}
