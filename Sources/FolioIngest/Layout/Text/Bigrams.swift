/// Character bigrams of Han text: the content fingerprint used to decide
/// which article a display line belongs to and whether two stretches of
/// body text are about the same thing. Punctuation, Latin and digits are
/// skipped so that "3月27日" and "3月 27日" agree.
struct Bigrams: Equatable {
    /// Each pair of Han scalars packed into one integer (first << 32 | second)
    /// in an open-addressing table (0 marks an empty slot: no pair is 0):
    /// pages are compared many times, and a multiplicative hash of an
    /// integer is far cheaper than `Set`'s seeded hashing and resizing.
    private var slots: [UInt64]
    /// Number of distinct pairs.
    private(set) var count: Int

    init<S: StringProtocol>(_ text: S) {
        if let pairs = text.utf8.withContiguousStorageIfAvailable(Self.pairs(utf8:)) {
            self.init(pairs: pairs)
        } else {
            self.init(scalars: text.unicodeScalars)
        }
    }

    init<S: Sequence<Unicode.Scalar>>(scalars: S) {
        var all: [UInt64] = []
        Self.forEachPair(in: scalars) { all.append($0) }
        self.init(pairs: all)
    }

    /// `forEachPair` over a string's UTF-8 bytes, decoded in place, collected.
    private static func pairs(utf8 b: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var all: [UInt64] = []
        all.reserveCapacity(b.count / 3)  // a Han scalar takes three bytes or more
        var previous: UInt32?
        var i = 0
        while i < b.count {
            let (value, length) = SimpleScalars.decode(b, at: i)
            i += length
            if Glyph.isHan(value: value) {
                if let p = previous { all.append(UInt64(p) << 32 | UInt64(value)) }
                previous = value
            } else if !SimpleScalars.isWhitespace(value: value) {
                previous = nil
            }
        }
        return all
    }

    private init(pairs all: [UInt64]) {
        guard !all.isEmpty else {
            slots = []
            count = 0
            return
        }
        // At most half full, so probes stay short.
        var capacity = 8
        while capacity < 2 * all.count { capacity <<= 1 }
        var table = [UInt64](repeating: 0, count: capacity)
        var distinct = 0
        table.withUnsafeMutableBufferPointer { table in
            for pair in all {
                let i = Self.slot(of: pair, in: UnsafeBufferPointer(table))
                if table[i] == 0 {
                    table[i] = pair
                    distinct += 1
                }
            }
        }
        slots = table
        count = distinct
    }

    /// Calls `body` with each Han pair of `scalars`, in order, repeats included.
    private static func forEachPair<S: Sequence<Unicode.Scalar>>(in scalars: S, _ body: (UInt64) -> Void) {
        var previous: UInt32?
        for scalar in scalars {
            if Glyph.isHan(scalar) {
                if let p = previous { body(UInt64(p) << 32 | UInt64(scalar.value)) }
                previous = scalar.value
            } else if SimpleScalars.isWhitespace(scalar) {
                continue
            } else {
                previous = nil
            }
        }
    }

    /// The slot of `table` (a power of two long, never full) where `pair`
    /// is, or the empty slot where it would go.
    private static func slot(of pair: UInt64, in table: UnsafeBufferPointer<UInt64>) -> Int {
        let mask = table.count - 1
        var i = Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while table[i] != 0, table[i] != pair { i = (i + 1) & mask }
        return i
    }

    /// The slot holding `pair`, if it is one of these bigrams.
    private func index(of pair: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        return slots.withUnsafeBufferPointer { table in
            let i = Self.slot(of: pair, in: table)
            return table[i] == 0 ? nil : i
        }
    }

    /// `containment(in: Bigrams(scalars: text))` without building the other
    /// fingerprint: a page is long, a display line short.
    func containment<S: Sequence<Unicode.Scalar>>(in text: S) -> Double {
        guard count > 0 else { return 0 }
        var found = [Bool](repeating: false, count: slots.count)
        var shared = 0
        Self.forEachPair(in: text) { pair in
            if let i = index(of: pair), !found[i] { found[i] = true; shared += 1 }
        }
        return Double(shared) / Double(count)
    }

    /// `containment(in:)` over the scalar values of a text, for a page
    /// searched once per display block: a 1,024-bit filter of these pairs
    /// turns away nearly every pair of the page before any probing.
    func containment(inScalarValues values: [UInt32]) -> Double {
        guard count > 0 else { return 0 }
        var filter = [UInt64](repeating: 0, count: 16)
        func bit(_ pair: UInt64) -> Int { Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 54) }
        for pair in slots where pair != 0 { filter[bit(pair) >> 6] |= 1 << UInt64(bit(pair) & 63) }
        var found = [Bool](repeating: false, count: slots.count)
        var shared = 0
        // Values that are no scalar are neither Han nor whitespace, as for `forEachPair`.
        var previous: UInt32?
        values.withUnsafeBufferPointer { values in
            filter.withUnsafeBufferPointer { filter in
                for value in values {
                    if Glyph.isHan(value: value) {
                        if let p = previous {
                            let pair = UInt64(p) << 32 | UInt64(value)
                            let k = bit(pair)
                            if filter[k >> 6] & (1 << UInt64(k & 63)) != 0, let i = index(of: pair), !found[i] {
                                found[i] = true
                                shared += 1
                            }
                        }
                        previous = value
                    } else if !SimpleScalars.isWhitespace(value: value) {
                        previous = nil
                    }
                }
            }
        }
        return Double(shared) / Double(count)
    }

    var isEmpty: Bool { count == 0 }

    /// Share of these bigrams that also occur in `other` (0 when empty).
    func containment(in other: Bigrams) -> Double {
        guard count > 0 else { return 0 }
        return Double(sharedCount(with: other)) / Double(count)
    }

    /// Shared bigrams over the smaller set (the overlap coefficient): a short
    /// lead paragraph and the long rest of its article score high, two
    /// articles on related topics score low.
    func overlapCoefficient(with other: Bigrams) -> Double {
        let smaller = min(count, other.count)
        guard smaller > 0 else { return 0 }
        return Double(sharedCount(with: other)) / Double(smaller)
    }

    /// The number of pairs both hold: each pair of the smaller looked up in the larger.
    private func sharedCount(with other: Bigrams) -> Int {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        var shared = 0
        for pair in small.slots where pair != 0 && large.index(of: pair) != nil { shared += 1 }
        return shared
    }

    /// The same pairs, whatever the table's layout.
    static func == (a: Bigrams, b: Bigrams) -> Bool {
        a.count == b.count && a.sharedCount(with: b) == a.count
    }
}
