/// Traditional characters folded to simplified, one scalar for one: papers
/// in Hong Kong, Taiwan and abroad print "香港文匯報訊（記者 張思遠 北京報道）",
/// "中新社北京5月11日電" and "本版主編", where the rules know "报讯", "记者",
/// "电" and "主编". The text itself is kept as written; a fold keeps every
/// scalar's place, so a match's length in the folded text is its length in
/// the original.
///
/// Three readings use it: a page set in traditional characters is read whole
/// through `FoldedPage` (`PageReader`); a byline or dateline in traditional
/// characters on any page through `folded(_:)` (`BylineRule`, `Dateline`);
/// and dates through `foldedWhole(_:)` (`DateFinder`).
enum TraditionalFold {
    /// Each traditional character of `pairs` and the simplified one it is read as.
    static let table: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for line in pairs {
            let s = Array(line.unicodeScalars)
            for i in stride(from: 0, to: s.count - 1, by: 2) { table[s[i]] = s[i + 1] }
        }
        return table
    }()

    /// `text` with the table's characters folded, or nil when its opening
    /// (`window` scalars, where a byline's agency and place stand) holds none:
    /// nearly every line, at a few look-ups each and no string built.
    static func folded(_ text: String) -> String? {
        guard opensWithTraditional(text.utf8) else { return nil }
        return mapped(text, through: table)
    }

    /// `text` with every character of the table folded, or nil when it holds
    /// none (asked on the bitmap, building nothing).
    static func foldedWhole(_ text: String) -> String? {
        guard census(text.utf8, stopAtFirst: true).traditional > 0 else { return nil }
        return mapped(text, through: table)
    }

    /// `text` with each scalar `map` holds replaced, one scalar for one.
    static func mapped(_ text: String, through map: [Unicode.Scalar: Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.unicodeScalars.map { map[$0] ?? $0 })
        return String(view)
    }

    static let window = 24

    /// Whether a character of the table stands among the first `window`
    /// scalars, read straight from the UTF-8 bytes: the table's characters
    /// are all three bytes long.
    private static func opensWithTraditional(_ utf8: String.UTF8View) -> Bool {
        utf8.withBytes(opensWithTraditional)
    }

    private static func opensWithTraditional(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bitmap.withUnsafeBufferPointer { bits in
            var scalars = 0
            var iterator = bytes.makeIterator()
            while let byte = iterator.next(), scalars < window {
                // Lead bytes count scalars; continuation bytes (10xxxxxx) do not.
                if byte & 0xC0 != 0x80 { scalars += 1 }
                // The table's characters are three bytes long, E3 to E9 leading.
                guard (0xE3...0xE9).contains(byte) else { continue }
                guard let b1 = iterator.next(), let b2 = iterator.next() else { return false }
                let value = UInt32(byte & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                if bits[Int(value >> 6)] & (1 << (UInt64(value) & 63)) != 0 { return true }
            }
            return false
        }
    }

    /// How many CJK ideographs `utf8` holds, and how many of them are the
    /// table's, read straight from the bytes (every page is asked, by
    /// `FoldedPage`): the table's characters and the unified ideographs are
    /// three bytes long, the rarer extensions four.
    static func census(_ utf8: String.UTF8View, stopAtFirst: Bool = false) -> (ideographs: Int, traditional: Int) {
        utf8.withBytes { census($0, stopAtFirst: stopAtFirst) }
    }

    private static func census(_ bytes: UnsafeBufferPointer<UInt8>, stopAtFirst: Bool) -> (ideographs: Int, traditional: Int) {
        bitmap.withUnsafeBufferPointer { bits in
            var ideographs = 0, traditional = 0
            var iterator = bytes.makeIterator()
            while let byte = iterator.next() {
                // Ideographs of the unified blocks are three bytes, E3 to E9 leading.
                guard byte >= 0xE3 else { continue }
                if byte >= 0xF0 {
                    guard let b1 = iterator.next(), let b2 = iterator.next(), let b3 = iterator.next() else { break }
                    let value = UInt32(byte & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
                    if (0x20000...0x323AF).contains(value) { ideographs += 1 }
                    continue
                }
                guard let b1 = iterator.next(), let b2 = iterator.next() else { break }
                let value = UInt32(byte & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                guard (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value) else { continue }
                ideographs += 1
                if bits[Int(value >> 6)] & (1 << (UInt64(value) & 63)) != 0 {
                    traditional += 1
                    if stopAtFirst { break }
                }
            }
            return (ideographs, traditional)
        }
    }

    /// Whether `scalar` is one of the table's traditional characters: a shift and a mask.
    static func isTraditional(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x10000 && bitmap[Int(scalar.value >> 6)] & (1 << (UInt64(scalar.value) & 63)) != 0
    }

    /// The table's keys as bits over the Basic Multilingual Plane: the test
    /// asked of every line's opening is a shift and a mask, not a hash.
    private static let bitmap: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for key in table.keys where key.value < 0x10000 { bits[Int(key.value >> 6)] |= 1 << (key.value & 63) }
        return bits
    }()

    /// The first `count` scalars of `text`, as written.
    static func prefix(_ text: String, scalars count: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.unicodeScalars.prefix(count))
        return String(view)
    }
}
