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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.unicodeScalars.map { table[$0] ?? $0 })
        return String(view)
    }

    /// `text` with every character of the table folded, or nil when it holds
    /// none (asked on the bitmap, building nothing).
    static func foldedWhole(_ text: String) -> String? {
        guard text.unicodeScalars.contains(where: isTraditional) else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.unicodeScalars.map { table[$0] ?? $0 })
        return String(view)
    }

    static let window = 24

    /// Whether a character of the table stands among the first `window`
    /// scalars, read straight from the UTF-8 bytes: the table's characters
    /// are all three bytes long.
    private static func opensWithTraditional(_ utf8: String.UTF8View) -> Bool {
        let bits = bitmap
        var scalars = 0
        var lead: UInt32 = 0, need = 0
        for byte in utf8 {
            if need > 0 {
                lead = lead << 6 | UInt32(byte & 0x3F)
                need -= 1
                if need == 0 {
                    if lead < 0x10000, bits[Int(lead >> 6)] & (1 << (UInt64(lead) & 63)) != 0 { return true }
                    scalars += 1
                    if scalars == window { return false }
                }
                continue
            }
            switch byte {
            case 0..<0x80:
                scalars += 1
                if scalars == window { return false }
            case 0xE0..<0xF0: lead = UInt32(byte & 0x0F); need = 2
            case 0xC0..<0xE0: lead = UInt32(byte & 0x1F); need = 1
            default: lead = UInt32(byte & 0x07); need = 3
            }
        }
        return false
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
