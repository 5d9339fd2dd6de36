/// Reads the small Chinese numerals dates are written with.
///
/// Two notations occur: digit by digit for years ("二〇二一", with 〇, ○ or 零
/// for zero) and positional with 十 for months and days ("十二", "二十一").
/// Larger units (百, 千) never appear in a date, so a run containing them is not one.
enum ChineseNumeral {
    /// The value of a single Chinese digit; 〇, ○ and 零 are zero.
    static func digitValue(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "○", "零": return 0
        case "一": return 1
        case "二": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    /// Scalars that may appear in a numeral run: the digits and 十.
    static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        s == "十" || digitValue(s) != nil
    }

    /// Scalars that, just before a numeral, show it is part of a larger number
    /// or a count ("三百", "第十", "几十") rather than the start of a date.
    static func isNumberContext(_ s: Unicode.Scalar) -> Bool {
        isNumeral(s) || "百千万亿两几数第半每".unicodeScalars.contains(s)
    }

    /// Digit-by-digit reading: "二〇二一" → 2021. Nil if the run holds 十.
    static func digitByDigitValue(_ run: some Collection<Unicode.Scalar>) -> Int? {
        guard !run.isEmpty else { return nil }
        var value = 0
        for s in run {
            guard let d = digitValue(s) else { return nil }
            value = value * 10 + d
        }
        return value
    }

    /// Month or day reading: a single digit 一…九, or a positional form with 十:
    /// "十" 10, "十二" 12, "二十" 20, "三十一" 31. Zero digits are not allowed.
    static func smallValue(_ run: some Collection<Unicode.Scalar>) -> Int? {
        let scalars = Array(run)
        switch scalars.count {
        case 1:
            if scalars[0] == "十" { return 10 }
            return nonZeroDigit(scalars[0])
        case 2:
            if scalars[0] == "十" { return nonZeroDigit(scalars[1]).map { 10 + $0 } }
            if scalars[1] == "十" { return nonZeroDigit(scalars[0]).map { $0 * 10 } }
            return nil
        case 3:
            guard scalars[1] == "十", let tens = nonZeroDigit(scalars[0]),
                  let units = nonZeroDigit(scalars[2]) else { return nil }
            return tens * 10 + units
        default:
            return nil
        }
    }

    private static func nonZeroDigit(_ s: Unicode.Scalar) -> Int? {
        guard let d = digitValue(s), d > 0 else { return nil }
        return d
    }
}
