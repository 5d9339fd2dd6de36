/// Character bigrams of Han text: the content fingerprint used to decide
/// which article a display line belongs to and whether two stretches of
/// body text are about the same thing. Punctuation, Latin and digits are
/// skipped so that "3月27日" and "3月 27日" agree.
struct Bigrams: Equatable {
    /// Each pair of Han scalars packed into one integer (first << 32 | second):
    /// pages are compared many times, and hashing integers is cheap.
    private(set) var pairs: Set<UInt64>

    init<S: StringProtocol>(_ text: S) {
        self.init(scalars: text.unicodeScalars)
    }

    init<S: Sequence<Unicode.Scalar>>(scalars: S) {
        var set = Set<UInt64>()
        Self.forEachPair(in: scalars) { set.insert($0) }
        self.pairs = set
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

    /// `containment(in: Bigrams(scalars: text))` without building the other
    /// set: a page is long, a display line short.
    func containment<S: Sequence<Unicode.Scalar>>(in text: S) -> Double {
        guard !pairs.isEmpty else { return 0 }
        var found = Set<UInt64>()
        Self.forEachPair(in: text) { if pairs.contains($0) { found.insert($0) } }
        return Double(found.count) / Double(pairs.count)
    }

    /// `containment(in:)` over the scalar values of a text, for a page
    /// searched once per display block: a 1,024-bit filter of these pairs
    /// turns away nearly every pair of the page before any hashing.
    func containment(inScalarValues values: [UInt32]) -> Double {
        guard !pairs.isEmpty else { return 0 }
        var filter = [UInt64](repeating: 0, count: 16)
        func slot(_ pair: UInt64) -> Int { Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 54) }
        for pair in pairs { filter[slot(pair) >> 6] |= 1 << UInt64(slot(pair) & 63) }
        var found = Set<UInt64>()
        var previous: UInt32?
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { previous = nil; continue }
            if Glyph.isHan(scalar) {
                if let p = previous {
                    let pair = UInt64(p) << 32 | UInt64(value)
                    let k = slot(pair)
                    if filter[k >> 6] & (1 << UInt64(k & 63)) != 0, pairs.contains(pair) { found.insert(pair) }
                }
                previous = value
            } else if SimpleScalars.isWhitespace(scalar) {
                continue
            } else {
                previous = nil
            }
        }
        return Double(found.count) / Double(pairs.count)
    }

    var isEmpty: Bool { pairs.isEmpty }
    var count: Int { pairs.count }

    /// Share of these bigrams that also occur in `other` (0 when empty).
    func containment(in other: Bigrams) -> Double {
        guard !pairs.isEmpty else { return 0 }
        return Double(pairs.intersection(other.pairs).count) / Double(pairs.count)
    }

    /// Shared bigrams over the smaller set (the overlap coefficient): a short
    /// lead paragraph and the long rest of its article score high, two
    /// articles on related topics score low.
    func overlapCoefficient(with other: Bigrams) -> Double {
        let smaller = min(pairs.count, other.pairs.count)
        guard smaller > 0 else { return 0 }
        return Double(pairs.intersection(other.pairs).count) / Double(smaller)
    }
}
