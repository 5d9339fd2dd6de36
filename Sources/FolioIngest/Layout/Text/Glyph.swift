/// Character classes the layout rules reason about.
///
/// Extracted newspaper text mixes Han characters, full-width (CJK)
/// punctuation and the odd Latin word or number; the rules only need to know
/// which of these a character is, never its meaning.
enum Glyph {
    /// Han ideographs (the common blocks and the extensions).
    static func isHan(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        return isHan(s)
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool { isHan(value: s.value) }

    /// `isHan` of a scalar value; false for a value that is no scalar.
    static func isHan(value: UInt32) -> Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }

    /// The Han script (`\p{Han}` in ICU 76, Unicode 16): wider than `isHan`,
    /// with radicals, "々", "〇" and the Hangzhou numerals. Only the page-label
    /// pattern, first written as a regex, reads it.
    static func isHanScript(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3005, 0x3007, 0x3021...0x3029, 0x3038...0x303B,
             0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0xF900...0xFA6D, 0xFA70...0xFAD9,
             0x16FE2...0x16FE3, 0x16FF0...0x16FF1, 0x20000...0x2A6DF, 0x2A700...0x2B739, 0x2B740...0x2B81D,
             0x2B820...0x2CEA1, 0x2CEB0...0x2EBE0, 0x2EBF0...0x2EE5D, 0x2F800...0x2FA1D, 0x30000...0x3134A,
             0x31350...0x323AF:
            return true
        default: return false
        }
    }

    /// Full-width punctuation and symbols set in CJK text: "，。、“”《》（）" and friends.
    static func isCJKPunctuation(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        return isCJKPunctuation(s)
    }

    static func isCJKPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
             0x2014...0x201F, 0x2026, 0x00B7, 0xFE30...0xFE4F:
            return true
        default: return false
        }
    }

    /// Han or CJK punctuation: the characters between which extraction
    /// whitespace is an artifact and a line break needs no space.
    static func isCJK(_ c: Character) -> Bool { isHan(c) || isCJKPunctuation(c) }
    static func isCJK(_ s: Unicode.Scalar) -> Bool { isHan(s) || isCJKPunctuation(s) }

    /// ASCII letters and digits (half-width Latin).
    static func isLatinLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// Marks that end a sentence. The semicolon is not one: a paragraph never ends on it.
    static let sentenceFinal: Set<Character> = ["。", "！", "？", "!", "?", "…"]
    /// Closing quotes and brackets that may follow the sentence-final mark: "……。”".
    static let closing: Set<Character> = ["”", "’", "」", "』", "）", ")", "》", "〉", "\"", "'"]
    /// Opening quotes that may precede a sentence.
    static let opening: Set<Character> = ["“", "‘", "「", "『", "（", "("]
    /// Marks that show a line is running prose, never a display line.
    static let sentencePunctuation: Set<Character> = ["。", "；", "！", "？", "!", "?"]

    /// Whether `text` holds a mark that ends a sentence or a clause
    /// ("，" "、" "：" too): a head glued to running text is told from a line
    /// of that text by having none, since a head with a comma is rare and a
    /// line of prose without one is short-lived.
    static func hasClausePunctuation(_ text: String) -> Bool {
        text.unicodeScalars.contains { "，,、：:；;。！？!?".unicodeScalars.contains($0) }
    }

    // The same sets for a simple scalar (see `SimpleScalars`): a switch, not a hashed `Character`.

    static func isSentenceFinal(_ s: Unicode.Scalar) -> Bool {
        switch s { case "。", "！", "？", "!", "?", "…": return true; default: return false }
    }
    static func isClosing(_ s: Unicode.Scalar) -> Bool {
        switch s { case "”", "’", "」", "』", "）", ")", "》", "〉", "\"", "'": return true; default: return false }
    }
    static func isOpening(_ s: Unicode.Scalar) -> Bool {
        switch s { case "“", "‘", "「", "『", "（", "(": return true; default: return false }
    }
    static func isSentencePunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s { case "。", "；", "！", "？", "!", "?": return true; default: return false }
    }
}

extension StringProtocol {
    /// Whether the text ends a sentence, looking through closing quotes: "他说：“好。”" does,
    /// and so does a sentence followed by a short note in brackets, such as
    /// an agency's end mark or a credit: "…合作。（完）", "…合作。（记者 张三）".
    /// Counter-case: "党委（党组）" ends inside a sentence.
    var endsSentence: Bool {
        guard SimpleScalars.allSimple(self) else { return endsSentenceByCharacter }
        return Substring(self).unicodeScalars.endsSentence
    }

    private var endsSentenceByCharacter: Bool {
        var rest = self[...]
        if rest.last == "）" || rest.last == ")", let open = rest.lastIndex(where: { $0 == "（" || $0 == "(" }),
           rest.distance(from: open, to: rest.endIndex) <= 24, open > rest.startIndex {
            let before = rest[..<open]
            if before.endsSentence { rest = before }
        }
        while let last = rest.last, Glyph.closing.contains(last) { rest = rest.dropLast() }
        guard let last = rest.last else { return false }
        return Glyph.sentenceFinal.contains(last)
    }

    /// Whether the text contains a mark that only running prose uses.
    var containsSentencePunctuation: Bool {
        guard SimpleScalars.allSimple(self) else { return contains { Glyph.sentencePunctuation.contains($0) } }
        return unicodeScalars.contains(where: Glyph.isSentencePunctuation)
    }

    /// `withoutWhitespace.count`, without building the string when the text is
    /// simple. (Otherwise the count is the rebuilt string's: dropping a space
    /// can join two Characters into one.)
    var nonWhitespaceCount: Int {
        guard SimpleScalars.allSimple(self) else { return withoutWhitespace.count }
        return unicodeScalars.reduce(0) { $0 + (SimpleScalars.isWhitespace($1) ? 0 : 1) }
    }

    /// The text without any whitespace: the form in which texts are compared.
    var withoutWhitespace: String {
        guard SimpleScalars.allSimple(self) else { return String(filter { !$0.isWhitespace }) }
        guard unicodeScalars.contains(where: SimpleScalars.isWhitespace) else { return String(self) }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: unicodeScalars.lazy.filter { !SimpleScalars.isWhitespace($0) })
        return String(result)
    }
}

extension Substring.UnicodeScalarView {
    /// `endsSentence` for a simple text, where each scalar is a `Character`.
    fileprivate var endsSentence: Bool {
        var rest = self[...]
        if let last = rest.last, last == "）" || last == ")", let open = rest.lastIndex(where: { $0 == "（" || $0 == "(" }),
           rest.distance(from: open, to: rest.endIndex) <= 24, open > rest.startIndex {
            let before = rest[..<open]
            if before.endsSentence { rest = before }
        }
        while let last = rest.last, Glyph.isClosing(last) { rest = rest.dropLast() }
        guard let last = rest.last else { return false }
        return Glyph.isSentenceFinal(last)
    }
}
