/// Character bigrams of Han text: the content fingerprint used to decide
/// which article a display line belongs to and whether two stretches of
/// body text are about the same thing. Punctuation, Latin and digits are
/// skipped so that "3月27日" and "3月 27日" agree.
struct Bigrams: Equatable {
    private(set) var pairs: Set<String>

    init<S: StringProtocol>(_ text: S) {
        var set = Set<String>()
        var previous: Character?
        for c in text {
            if Glyph.isHan(c) {
                if let p = previous { set.insert(String([p, c])) }
                previous = c
            } else if c.isWhitespace {
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
