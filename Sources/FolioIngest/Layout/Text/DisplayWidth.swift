/// How wide a line is on the page, in em (one CJK character).
///
/// Columns are measured in CJK characters; Latin letters, digits and spaces
/// are set half-width, so they count as half a character, and so do the
/// marks "，。、：；", which the typesetter compresses: on the seed, lines
/// that continue a paragraph at a column top are then at most 1.5 em below
/// their block's widest line and paragraph first lines (lost indent) at
/// least 2 em below; counting the marks as whole characters the two ranges
/// overlap. The measure is still approximate (proportional Latin), which is why
/// every rule that compares widths allows a tolerance of a character or more.
enum DisplayWidth {
    static func of<S: StringProtocol>(_ text: S) -> Double {
        switch text.utf8.withContiguousStorageIfAvailable(simpleWidth(utf8:)) {
        case .some(.some(let width)): return width
        case .some(.none): return text.reduce(0) { $0 + of($1) }
        case .none: break
        }
        guard SimpleScalars.allSimple(text) else { return text.reduce(0) { $0 + of($1) } }
        // Halves and wholes add exactly in any order: count them.
        var halves = 0, wholes = 0
        for s in text.unicodeScalars {
            switch s {
            case "\u{0}"..."\u{7F}", "，", "。", "、", "：", "；": halves += 1
            default: wholes += 1
            }
        }
        return Double(wholes) + 0.5 * Double(halves)
    }

    /// The width of a simple text from its UTF-8 bytes, in the same pass
    /// that checks it is simple (nil if it is not): every line is measured.
    private static func simpleWidth(utf8 b: UnsafeBufferPointer<UInt8>) -> Double? {
        var halves = 0, wholes = 0
        var i = 0
        while i < b.count {
            let byte = b[i]
            if byte < 0x80 {
                if byte == 0x0D { return nil }
                halves += 1
                i += 1
            } else if byte >= 0xE4, byte <= 0xE9 {
                // U+4000...U+9FFF: simple, and none of the compressed marks.
                wholes += 1
                i += 3
            } else {
                let (value, length) = SimpleScalars.decode(b, at: i)
                guard SimpleScalars.isSimple(value: value) else { return nil }
                switch value {
                case 0xFF0C, 0x3002, 0x3001, 0xFF1A, 0xFF1B: halves += 1  // ，。、：；
                default: wholes += 1
                }
                i += length
            }
        }
        return Double(wholes) + 0.5 * Double(halves)
    }

    /// Marks the typesetter compresses to half width inside a line.
    static let compressed: Set<Character> = ["，", "。", "、", "：", "；"]

    static func of(_ c: Character) -> Double {
        if c.isASCII { return 0.5 }
        return compressed.contains(c) ? 0.5 : 1
    }
}
