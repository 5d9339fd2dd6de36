/// When `Character` operations can run on Unicode scalars instead.
///
/// The layout rules speak of `Character`s (grapheme clusters, compared by
/// canonical equivalence). Reading a page that way is slow: every
/// whitespace test is a Unicode property lookup, every comparison a string
/// comparison, every `Array(text)` a grapheme segmentation. Newspaper text,
/// though, is made of scalars that stand alone: on a text whose scalars are
/// all *simple* (listed below), every scalar is a `Character` of its own, and
/// two such `Character`s are equal exactly when their scalars are (none of
/// them has a canonical equivalent among the others). The rules then give the
/// same answers computed on scalars. Any other text (a combining mark, an
/// emoji sequence, a compatibility ideograph such as U+F900) takes the
/// `Character` path, unchanged.
///
/// Simple: scalars of the grapheme class "other" or "control" (or a
/// precomposed Hangul syllable) without a canonical singleton
/// decomposition, in the blocks newspapers use; the ranges the standard
/// library's own grapheme fast path trusts, plus symbol blocks. CR is left
/// out (it pairs with LF). `SimpleScalarsTests` checks every one.
enum SimpleScalars {
    static func isSimple(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0000...0x000C, 0x000E...0x02FF: return true
        case 0x3400...0xA4CF: return true
        case 0x3000...0x3029, 0x3030...0x303F: return true
        case 0xFF01...0xFF9D, 0xFFE0...0xFFEE: return true
        case 0x2010...0x2029, 0x2030...0x205E: return true
        case 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x218F: return true
        case 0x2190...0x2328, 0x232B...0x23FF, 0x2460...0x27BF: return true
        case 0x3041...0x3096, 0x30A1...0x30FC, 0x3100...0x312F: return true
        case 0xFE30...0xFE4F: return true
        case 0x0400...0x0482, 0x061D...0x064A, 0xAC00...0xD7AF: return true
        default: return false
        }
    }

    /// Whether every scalar of `text` is simple.
    static func allSimple<S: StringProtocol>(_ text: S) -> Bool {
        for unit in text.utf8 where unit >= 0x80 || unit == 0x0D {
            return text.unicodeScalars.allSatisfy(isSimple)
        }
        return true
    }

    /// The Unicode White_Space property, which `Character.isWhitespace` reads
    /// from a character's first scalar: the same answer without a table lookup.
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20: return true
        case 0..<0x80: return false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
