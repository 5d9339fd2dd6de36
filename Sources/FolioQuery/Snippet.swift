/// Cuts a window of text around the densest cluster of hits, counted in
/// characters (not tokens, which would be meaningless for CJK bigrams).
enum Snippet {
    /// Private-use sentinels that `highlight()` puts around hits; page text never contains them.
    static let openMark = "\u{E000}"
    static let closeMark = "\u{E001}"

    static func window(_ marked: String, length: Int, open: String, close: String) -> String {
        // Split into plain characters and the hit spans, merging adjacent hits
        // (bigram tokens make "«疫»«情»" out of one word).
        var characters: [Character] = []
        var hitRanges: [Range<Int>] = []
        var openAt: Int?
        for character in marked {
            switch String(character) {
            case openMark:
                if let last = hitRanges.last, last.upperBound == characters.count {
                    hitRanges.removeLast()
                    openAt = last.lowerBound
                } else {
                    openAt = characters.count
                }
            case closeMark:
                if let start = openAt { hitRanges.append(start..<characters.count) }
                openAt = nil
            default:
                characters.append(character == "\n" ? " " : character)
            }
        }
        let hitStarts = hitRanges.map(\.lowerBound)

        let length = max(length, 10)
        var start = 0
        if let best = densestWindowStart(hitStarts, length: length) {
            // Put the first hit of the window a quarter in, for context before it.
            start = max(0, min(best - length / 4, characters.count - length))
        }
        let end = min(characters.count, start + length)
        var out = start > 0 ? "…" : ""
        var index = start
        for range in hitRanges where range.upperBound > start && range.lowerBound < end {
            let lower = max(range.lowerBound, start), upper = min(range.upperBound, end)
            out += String(characters[index..<lower]) + open + String(characters[lower..<upper]) + close
            index = upper
        }
        out += String(characters[index..<end])
        if end < characters.count { out += "…" }
        return out
    }

    /// Start of the hit that begins the window of `length` characters holding the most hit starts.
    private static func densestWindowStart(_ starts: [Int], length: Int) -> Int? {
        guard !starts.isEmpty else { return nil }
        var best = starts[0], bestCount = 0, upper = 0
        for (lower, start) in starts.enumerated() {
            while upper < starts.count && starts[upper] < start + length { upper += 1 }
            if upper - lower > bestCount { bestCount = upper - lower; best = start }
        }
        return best
    }
}
