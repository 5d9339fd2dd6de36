/// Character bigrams of Han text: the content fingerprint used to decide
/// which article a display line belongs to and whether two stretches of
/// body text are about the same thing. Punctuation, Latin and digits are
/// skipped so that "3月27日" and "3月 27日" agree.
struct Bigrams: Equatable {
    /// Each pair of Han scalars packed into one integer (first << 32 | second):
    /// pages are compared many times, and hashing integers is cheap.
    private(set) var pairs: Set<UInt64>

    init<S: StringProtocol>(_ text: S) {
        var set = Set<UInt64>()
        var previous: UInt32?
        for scalar in text.unicodeScalars {
            if Glyph.isHan(scalar) {
                if let p = previous { set.insert(UInt64(p) << 32 | UInt64(scalar.value)) }
                previous = scalar.value
            } else if scalar.properties.isWhitespace {
                continue
            } else {
                previous = nil
            }
        }
        self.pairs = set
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
