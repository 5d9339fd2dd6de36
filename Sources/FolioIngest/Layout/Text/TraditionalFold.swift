/// Traditional characters folded to simplified, one scalar for one, for
/// reading bylines and datelines only (`BylineRule`, `Dateline`): papers in Hong Kong, Taiwan and abroad
/// print "香港文匯報訊（記者 張思遠 北京報道）" and "中新社北京5月11日電" where the
/// patterns know "报讯", "记者" and "电". The text itself is kept as written;
/// a fold keeps every scalar's place, so a match's length in the folded text
/// is its length in the original.
enum TraditionalFold {
    /// The characters of agencies, papers, datelines and credits.
    private static let table: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs = ["報报", "訊讯", "電电", "記记", "員员", "據据", "綜综", "導导", "華华", "國国", "網网", "訪访", "攝摄", "圖图",
                     "實实", "習习", "見见", "駐驻", "約约", "論论", "評评", "聞闻", "東东", "廣广", "灣湾", "門门",
                     "臺台", "內内", "雙双", "張张", "陳陈", "劉刘", "楊杨", "黃黄", "趙赵", "吳吴", "週周", "時时", "經经",
                     "濟济", "產产", "業业", "書书", "長长", "區区", "視视", "廈厦", "漢汉", "寧宁", "鄭郑", "蘭兰", "貴贵",
                     "連连", "陽阳", "龍龙", "鳳凤", "麗丽", "濱滨", "滬沪", "蘇苏", "瀋沈", "綫线", "線线"]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for pair in pairs {
            let s = Array(pair.unicodeScalars)
            table[s[0]] = s[1]
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
