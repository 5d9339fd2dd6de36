/// What the tokenizer does with one (folded) Unicode scalar.
///
/// The classes are named rules over code point ranges rather than Unicode
/// properties, because the tokenizer loop must be fast and must never change
/// behaviour with the platform's Unicode tables (tokens are stored in the
/// archive, see `FolioTokenizer.version`).
enum ScalarClass: Equatable {
    /// ASCII letters and digits, and letters of other alphabetic scripts:
    /// consecutive word scalars form one word token.
    case word
    /// Han (with Extension A, B+, compatibility ideographs, radicals, 〇 and 々),
    /// kana and hangul: indexed as characters and bigrams.
    case cjk
    /// Zero-width characters that neither form a token nor break a run:
    /// variation selectors, zero-width space and joiners, soft hyphen, BOM, tags.
    case ignorable
    /// Everything else: spaces, punctuation (ASCII, CJK and general),
    /// symbols, emoji, private use, invalid UTF-8.
    case separator

    @inline(__always)
    init(_ scalar: UInt32) {
        if scalar < 0x80 {
            self = Self.asciiWord(scalar) ? .word : .separator
        } else if (scalar &- 0x4E00) < 0x5200 {
            self = .cjk  // unified ideographs, most of any Chinese text: decided first
        } else if scalar < 0x2E80 {
            self = Self.classifyBelowCJK(scalar)
        } else {
            self = Self.classifyFromCJK(scalar)
        }
    }

    @inline(__always)
    static func asciiWord(_ scalar: UInt32) -> Bool {
        (scalar &- 0x30) < 10 || ((scalar | 0x20) &- 0x61) < 26
    }

    private static func classifyBelowCJK(_ s: UInt32) -> ScalarClass {
        switch s {
        case 0xAD: return .ignorable                      // soft hyphen
        case 0x80...0xBF, 0xD7, 0xF7: return .separator   // C1 controls, Latin-1 punctuation, × ÷
        case 0x1100...0x11FF: return .cjk                 // hangul jamo
        case 0x200B...0x200D, 0x2060: return .ignorable   // zero-width space and joiners
        case 0x2000...0x2BFF: return .separator           // general punctuation … miscellaneous symbols and arrows
        case 0x2E00...0x2E7F: return .separator           // supplemental punctuation
        default: return .word
        }
    }

    private static func classifyFromCJK(_ s: UInt32) -> ScalarClass {
        switch s {
        case 0x2E80...0x2FDF: return .cjk                 // radicals (most are folded to ideographs first)
        case 0x3005, 0x3007: return .cjk                  // 々 〇
        case 0x3021...0x3029, 0x3038...0x303B: return .cjk // Hangzhou numerals, 〸〹〺〻
        case 0x30A0, 0x30FB: return .separator            // ゠ ・
        case 0x2FE0...0x303F: return .separator           // ideographic space, 、。「」《》〔〕…
        case 0x3040...0x31FF: return .cjk                 // kana, bopomofo, compatibility jamo, strokes
        case 0x3200...0x33FF: return .separator           // enclosed CJK letters, ㎡ and other squared forms
        case 0x3400...0x4DBF: return .cjk                 // Extension A
        case 0x4DC0...0x4DFF: return .separator           // hexagram symbols
        case 0x4E00...0x9FFF: return .cjk                 // unified ideographs
        case 0xA960...0xA97F, 0xAC00...0xD7FF: return .cjk // hangul
        case 0xE000...0xF8FF: return .separator           // private use
        case 0xF900...0xFAFF: return .cjk                 // compatibility ideographs (most folded)
        case 0xFE00...0xFE0F, 0xFEFF: return .ignorable   // variation selectors, BOM
        case 0xFE10...0xFE1F, 0xFE30...0xFE6F: return .separator // vertical, compatibility and small forms
        case 0xFF66...0xFFDC: return .cjk                 // halfwidth katakana and hangul
        case 0xFF00...0xFFFF: return .separator           // remaining fullwidth punctuation, specials, U+FFFD
        case 0x1B000...0x1B16F: return .cjk               // kana supplement and extensions
        case 0x1F000...0x1FBFF: return .separator         // emoji, enclosed alphanumerics, symbols
        case 0x20000...0x3FFFF: return .cjk               // Extensions B and later, compatibility supplement
        case 0xE0000...0xE007F, 0xE0100...0xE01EF: return .ignorable // tags, variation selectors supplement
        case 0xF0000...: return .separator                // supplementary private use
        default: return .word
        }
    }
}

/// Width and case folding of one scalar, applied before classification.
enum ScalarFolding {
    /// `ＡＢＣ１２３` → `abc123`: fullwidth ASCII (U+FF01–FF5E) becomes ASCII,
    /// capitals become lowercase (ASCII, Latin-1, basic Greek and Cyrillic:
    /// names in newspapers), Han is folded by `HanFolding`.
    /// The ideographic space U+3000 is left alone: it is a separator.
    @inline(__always)
    static func fold(_ scalar: UInt32, han: HanFolding.Table) -> UInt32 {
        var s = scalar
        if (s &- 0xFF01) < 0x5E { s -= 0xFEE0 }
        if s < 0x80 {
            if (s &- 0x41) < 26 { s |= 0x20 }
            return s
        }
        if s >= 0x2E80 { return han.fold(s) }
        if s < 0x500 { return lowercase(s) }
        return s
    }

    /// Simple one-to-one lowercase mappings of the Latin-1, Greek and
    /// Cyrillic capitals (no special casing, no Latin Extended).
    private static func lowercase(_ s: UInt32) -> UInt32 {
        switch s {
        case 0xC0 ... 0xDE where s != 0xD7: s + 0x20          // À–Þ except ×
        case 0x391 ... 0x3AB where s != 0x3A2: s + 0x20       // Α–Ϋ
        case 0x400 ... 0x40F: s + 0x50                        // Ѐ–Џ
        case 0x410 ... 0x42F: s + 0x20                        // А–Я
        default: s
        }
    }
}
