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
    static func isSimple(_ s: Unicode.Scalar) -> Bool { isSimple(value: s.value) }

    static func isSimple(value: UInt32) -> Bool {
        switch value {
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
        if let answer = text.utf8.withContiguousStorageIfAvailable(allSimple(utf8:)) { return answer }
        for unit in text.utf8 where unit >= 0x80 || unit == 0x0D {
            return text.unicodeScalars.allSatisfy(isSimple)
        }
        return true
    }

    /// The Unicode White_Space property, which `Character.isWhitespace` reads
    /// from a character's first scalar: the same answer without a table lookup.
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool { isWhitespace(value: s.value) }

    static func isWhitespace(value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20: return true
        case 0..<0x80: return false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

// MARK: - On UTF-8

/// The same questions asked of a text's UTF-8 bytes, decoded in place: the
/// reader asks them of every line many times, and walking a
/// `UnicodeScalarView` costs an index check and a decode call per scalar.
/// The bytes are a Swift string's, so they are valid UTF-8.
extension SimpleScalars {
    /// The scalar value starting at byte `i`, and its length in bytes.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
    }

    /// The start of the scalar that ends just before byte `end`.
    @inline(__always)
    static func scalarStart(_ b: UnsafeBufferPointer<UInt8>, before end: Int) -> Int {
        var i = end - 1
        while i > 0, b[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// One bit per scalar of the Basic Multilingual Plane: `isSimple`, looked
    /// up instead of switched through (the ranges are tested one by one).
    private static let simpleInBMP: [UInt64] = (0..<1024).map { word in
        (0..<64).reduce(0) { bits, bit in isSimple(value: UInt32(word << 6 | bit)) ? bits | 1 << UInt64(bit) : bits }
    }

    /// `allSimple` of the text whose UTF-8 bytes these are.
    static func allSimple(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        simpleInBMP.withUnsafeBufferPointer { table in
            var i = 0
            while i < b.count {
                let byte = b[i]
                if byte < 0x80 {
                    if byte == 0x0D { return false }
                    i += 1
                    continue
                }
                // Lead bytes E4...E9 open U+4000...U+9FFF, all simple: the bulk of Chinese text.
                if byte >= 0xE4, byte <= 0xE9 {
                    i += 3
                    continue
                }
                let (value, length) = decode(b, at: i)
                let simple = value < 0x10000 ? table[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 : isSimple(value: value)
                guard simple else { return false }
                i += length
            }
            return true
        }
    }

    /// Whether the text whose UTF-8 bytes these are has any whitespace.
    /// Whitespace is ASCII or opens with C2, E1, E2 or E3; other scalars
    /// are stepped over by their lead byte, undecoded.
    static func containsWhitespace(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let byte = b[i]
            switch byte {
            case 0x09...0x0D, 0x20: return true
            case 0..<0x80: i += 1
            case 0xC2, 0xE1, 0xE2, 0xE3:
                let (value, length) = decode(b, at: i)
                if isWhitespace(value: value) { return true }
                i += length
            case 0..<0xE0: i += 2
            case 0..<0xF0: i += 3
            default: i += 4
            }
        }
        return false
    }

    /// The byte range left when leading and trailing whitespace is trimmed
    /// (empty, at the end, when all of it is whitespace).
    static func trimmedRange(utf8 b: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        while start < b.count {
            let (value, length) = decode(b, at: start)
            guard isWhitespace(value: value) else { break }
            start += length
        }
        guard start < b.count else { return b.count..<b.count }
        var end = b.count
        while end > start {
            let last = scalarStart(b, before: end)
            guard isWhitespace(value: decode(b, at: last).value) else { break }
            end = last
        }
        return start..<end
    }
}
