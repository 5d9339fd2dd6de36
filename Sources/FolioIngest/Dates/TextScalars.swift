/// Character classes the date scanner needs, defined over Unicode scalars.
///
/// Dates are parsed on scalars (not `Character`s) because mention offsets are
/// stored in scalars, and because full-width digits must read as digits while
/// the stored text keeps them as written: the folding happens here, for parsing only.
enum TextScalars {
    /// The value of an ASCII or full-width digit ("7" or "７").
    static func digitValue(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
        default: return nil
        }
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { digitValue(s) != nil }

    /// ASCII and full-width Latin letters: a digit run glued to one is a code
    /// ("G20", "COVID-19"), not a date.
    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        default: return false
        }
    }

    /// Spaces that extraction leaves inside expressions, as in "3月 25日" or
    /// "2020年3月28日　星期六". Line breaks are not among them: a date never spans lines.
    static func isInlineSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{3000}" || s == "\u{00A0}"
    }

    /// Marks that join the two ends of a range or list: "3月26日至28日",
    /// "3月26—28日", "3、4月".
    static func isRangeConnector(_ s: Unicode.Scalar) -> Bool {
        "至到—–-－～~、".unicodeScalars.contains(s)
    }

    /// Words that join two dates in a list without making a range: "5日和6日".
    static func isListConjunction(_ s: Unicode.Scalar) -> Bool {
        "和及与或".unicodeScalars.contains(s)
    }
}

extension StringProtocol {
    /// The text without leading and trailing inline spaces (ASCII, ideographic, no-break).
    func trimmingScalars() -> String {
        let scalars = Array(unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, TextScalars.isInlineSpace(scalars[start]) || scalars[start] == "\u{FEFF}" { start += 1 }
        while end > start, TextScalars.isInlineSpace(scalars[end - 1]) || scalars[end - 1] == "\r" { end -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
