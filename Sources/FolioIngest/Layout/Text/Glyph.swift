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

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }

    /// Full-width punctuation and symbols set in CJK text: "，。、“”《》（）" and friends.
    static func isCJKPunctuation(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
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

    /// ASCII letters and digits (half-width Latin).
    static func isLatinLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    /// Marks that end a sentence. The semicolon is not one: a paragraph never ends on it.
    static let sentenceFinal: Set<Character> = ["。", "！", "？", "!", "?", "…"]
    /// Closing quotes and brackets that may follow the sentence-final mark: "……。”".
    static let closing: Set<Character> = ["”", "’", "」", "』", "）", ")", "》", "〉", "\"", "'"]
    /// Opening quotes that may precede a sentence.
    static let opening: Set<Character> = ["“", "‘", "「", "『", "（", "("]
    /// Marks that show a line is running prose, never a display line.
    static let sentencePunctuation: Set<Character> = ["。", "；", "！", "？", "!", "?"]
}

extension StringProtocol {
    /// Whether the text ends a sentence, looking through closing quotes: "他说：“好。”" does,
    /// and so does a sentence followed by a short note in brackets, such as
    /// an agency's end mark or a credit: "…合作。（完）", "…合作。（记者 张三）".
    /// Counter-case: "党委（党组）" ends inside a sentence.
    var endsSentence: Bool {
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
    var containsSentencePunctuation: Bool { contains { Glyph.sentencePunctuation.contains($0) } }

    /// The text without any whitespace: the form in which texts are compared.
    var withoutWhitespace: String { String(filter { !$0.isWhitespace }) }
}
