/// `PullQuoteRule.repeatsBodySentence`: a display line that repeats a whole
/// sentence of the body is a pull quote.
///
/// The seed shows why "repeats body text" is not enough: its deck and its
/// end-of-page section heads also occur verbatim in the body. The
/// discriminator is the extent of the repetition:
/// - a pull quote repeats a *whole sentence*: the occurrence in the body
///   starts at a sentence start (paragraph or block start, after 。！？；,
///   or after an opening quote there or after "：") and ends at
///   sentence-final punctuation or a closing quote;
/// - a section head repeats a clause or phrase (the body has "，" or a verb
///   such as "要" before it), so it fails the sentence-start test.
/// The one exception, decided by position, is a line directly under a
/// headline-like line: that is a deck (`DeckRule.underHeadline`), even when it
/// repeats a body sentence (the seed's "当前情况下，中美应该团结抗疫").
///
/// `PullQuoteRule.interruptsSentence`: a display line that repeats body text
/// of any extent (a clause such as "老街区有故事、有烟火气") and stands where
/// the running text is in mid-sentence is a pull quote: section heads and
/// headlines sit between paragraphs, never inside a sentence.
enum PullQuoteRule {
    static let name = "PullQuoteRule.repeatsBodySentence"
    static let interruptsSentence = "PullQuoteRule.interruptsSentence"
    /// Shortest echo that counts as repeated text.
    static let minimumEcho = 4
    /// Shorter lines repeat by accident.
    static let minimumLength = 6
    /// Pull quotes are display lines, not column stretches.
    static let maximumLines = 4

    /// The comparable core of a display text: no whitespace, no surrounding
    /// quotes, no trailing sentence mark.
    static func core(_ text: String) -> [Character] {
        var chars = Array(text.withoutWhitespace)
        while let f = chars.first, Glyph.opening.contains(f) || f == "—" { chars.removeFirst() }
        while let l = chars.last, Glyph.closing.contains(l) || Glyph.sentenceFinal.contains(l) || l == "；" {
            chars.removeLast()
        }
        return chars
    }

    static func matches(_ block: TextBlock, in page: PageText) -> Bool {
        guard block.lines.count <= maximumLines else { return false }
        let needle = core(block.joined)
        guard needle.count >= minimumLength else { return false }
        return page.occurrences(of: needle).contains { range in
            isSentenceStart(range.lowerBound, in: page) && isSentenceEnd(range.upperBound, in: page)
        }
    }

    /// Whether the block's text occurs verbatim elsewhere on the page.
    static func echoes(_ block: TextBlock, in page: PageText) -> Bool {
        let needle = core(block.joined)
        return needle.count >= minimumEcho && page.contains(needle)
    }

    private static let sentenceBoundary: Set<Character> = Glyph.sentenceFinal.union(["；"])

    static func isSentenceStart(_ i: Int, in page: PageText) -> Bool {
        if i == 0 || page.blockStarts.contains(i) { return true }
        let before = page.chars[i - 1]
        if sentenceBoundary.contains(before) { return true }
        if Glyph.closing.contains(before), i >= 2, sentenceBoundary.contains(page.chars[i - 2]) { return true }
        if Glyph.opening.contains(before) {
            if i == 1 || page.blockStarts.contains(i - 1) { return true }
            let b2 = page.chars[i - 2]
            return sentenceBoundary.contains(b2) || b2 == "："
        }
        return false
    }

    static func isSentenceEnd(_ end: Int, in page: PageText) -> Bool {
        guard end < page.chars.count else { return true }
        let after = page.chars[end]
        return sentenceBoundary.contains(after) || Glyph.closing.contains(after)
    }
}

/// The page's text with whitespace removed, blocks run together (so that a
/// sentence split by a column break is whole again), with the offsets where
/// blocks start.
struct PageText {
    var chars: [Character]
    var blockStarts: Set<Int>

    init(_ texts: [String]) {
        var chars: [Character] = []
        var starts = Set<Int>()
        for t in texts {
            starts.insert(chars.count)
            chars += Array(t.withoutWhitespace)
        }
        self.chars = chars
        self.blockStarts = starts
    }

    func occurrences(of needle: [Character]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= chars.count else { return [] }
        var found: [Range<Int>] = []
        var i = 0
        while i + needle.count <= chars.count {
            if chars[i] == needle[0], Array(chars[i..<(i + needle.count)]) == needle {
                found.append(i..<(i + needle.count))
            }
            i += 1
        }
        return found
    }

    func contains(_ needle: [Character]) -> Bool { !occurrences(of: needle).isEmpty }
}
