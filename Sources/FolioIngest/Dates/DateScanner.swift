/// Finds date expressions in text: a hand-written scanner over Unicode scalars.
///
/// A scanner rather than regular expressions because offsets must be exact
/// Unicode-scalar counts, full-width digits must read as digits, and the
/// false-positive rules ("1日元", "二十国集团", "5年") are easier to state, test
/// and document as small named checks than as one pattern.
///
/// Grammar, tried at each position from left to right; each part extends as far as it can:
/// - relative year [month [day]]: "去年", "今年3月", "去年12月30日"
/// - relative month [day]: "上月", "上月25日"
/// - relative day: "昨天", "今日"
/// - year [month [day]]: "2021年7月1日", "二〇二〇年", "2019年3月"
/// - month [day]: "7月1日", "十月一日", "7月 1日", "3月5号"
/// - day: "27日" (bare days must be Arabic digits, except right after a connector)
///
/// Up to two inline spaces may separate a number from its unit and one part
/// from the next ("3月 25日"). A number without a unit that is followed by a range
/// connector and a number with one takes that unit ("3月26—28日" → "3月26" and "28日").
/// A mention ends at its last unit: "3月份" gives "3月", "2019年度" gives "2019年".
/// Not read: numeric forms ("2021-07-01", "2021.7.1"), which news text does not use,
/// and lunar dates ("正月初一", "农历八月十五").
struct DateScanner {
    private let s: [Unicode.Scalar]

    init(_ text: String) {
        // Article bodies are long: decode the UTF-8 buffer in one pass rather
        // than count the scalars and then copy them.
        s = text.utf8.withContiguousStorageIfAvailable { bytes in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let (value, length) = SimpleScalars.decode(bytes, at: i)
                scalars.append(Unicode.Scalar(value).unsafelyUnwrapped)
                i += length
            }
            return scalars
        } ?? Array(text.unicodeScalars)
    }

    /// Every expression in text order, none overlapping.
    func expressions() -> [DateExpression] {
        var found: [DateExpression] = []
        var i = 0
        while i < s.count {
            // An expression opens with a relative word, a digit or a numeral:
            // most scalars open none, and need no full attempt.
            guard Self.mayOpenExpression(s[i]), var expression = expression(at: i) else {
                i += 1
                continue
            }
            if let previous = found.last, isConnectorGap(previous.range.upperBound, expression.range.lowerBound) {
                expression.continuesPrevious = true
            }
            // "本月8日": 本月 is no date of its own (`RelativeDateWord`), but it
            // names the day's month, the reference's, even where the day is ahead.
            if expression.month == nil, expression.year == nil, expression.day?.writtenValue != nil,
               expression.range.lowerBound >= 2, s[expression.range.lowerBound - 2] == "本", s[expression.range.lowerBound - 1] == "月" {
                expression.month = .relative(0)
            }
            found.append(expression)
            i = expression.range.upperBound
        }
        return found
    }

    /// Whether an expression can open with `s`: a relative word, a digit or a
    /// numeral (what `expression(at:)` requires), looked up in a bitmap of
    /// the Basic Multilingual Plane built from those tests.
    private static func mayOpenExpression(_ s: Unicode.Scalar) -> Bool {
        guard s.value < 0x10000 else { return opensExpression(s) }
        return openersInBMP.withUnsafeBufferPointer { $0[Int(s.value >> 6)] & (1 << UInt64(s.value & 63)) != 0 }
    }

    private static func opensExpression(_ s: Unicode.Scalar) -> Bool {
        RelativeDateWord.startsWord(s) || TextScalars.isDigit(s) || ChineseNumeral.isNumeral(s)
    }

    private static let openersInBMP: [UInt64] = (0..<1024).map { word in
        (0..<64).reduce(0) { bits, bit in
            guard let s = Unicode.Scalar(UInt32(word << 6 | bit)), opensExpression(s) else { return bits }
            return bits | 1 << UInt64(bit)
        }
    }

    /// The text of `range` exactly as written.
    func text(of range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[range])
        return String(view)
    }

    // MARK: - Expressions

    private func expression(at i: Int) -> DateExpression? {
        if let relative = relativeExpression(at: i) { return relative }
        guard let first = component(at: i, allowsHao: false) else { return nil }
        var expression = DateExpression(range: i..<first.end)
        switch first.unit {
        case .year:
            guard !follows("公元前", at: i) else { return nil }
            expression.year = .written(first.value)
            extendWithMonth(&expression)
        case .month:
            guard isPlausibleBareStart(at: i), isPlausibleChineseMonth(first, at: i) else { return nil }
            expression.month = .written(first.value)
            extendWithDay(&expression)
            if first.isChinese, expression.day == nil, !isPlausibleChineseMonthAlone(endingAt: first.end) { return nil }
        case .day:
            guard isPlausibleBareStart(at: i), isPlausibleBareDay(first, at: i) else { return nil }
            expression.day = .written(first.value)
        }
        return expression
    }

    private func relativeExpression(at i: Int) -> DateExpression? {
        guard let word = RelativeDateWord.match(in: s, at: i) else { return nil }
        var expression = DateExpression(range: i..<(i + word.length))
        switch word.unit {
        case .day:
            expression.day = .relative(word.offset)
        case .month:
            expression.month = .relative(word.offset)
            extendWithDay(&expression)
        case .year:
            expression.year = .relative(word.offset)
            extendWithMonth(&expression)
        }
        return expression
    }

    private func extendWithMonth(_ expression: inout DateExpression) {
        let j = skipInlineSpaces(from: expression.range.upperBound)
        guard let month = component(at: j, allowsHao: false), month.unit == .month else { return }
        expression.month = .written(month.value)
        expression.range = expression.range.lowerBound..<month.end
        extendWithDay(&expression)
    }

    private func extendWithDay(_ expression: inout DateExpression) {
        let j = skipInlineSpaces(from: expression.range.upperBound)
        guard let day = component(at: j, allowsHao: true), day.unit == .day else { return }
        expression.day = .written(day.value)
        expression.range = expression.range.lowerBound..<day.end
    }

    // MARK: - Components: a number and its unit

    private struct Component {
        let value: Int
        let unit: DateGranularity
        /// Just past the unit, or past the number for a range head such as "26" in "26—28日".
        let end: Int
        let isChinese: Bool
    }

    /// A number with its unit at `i`, or a range head that borrows the unit of the range's tail.
    /// 号 counts as a day unit only when `allowsHao`, i.e. after a month: a bare "5号" is
    /// more often a line, a room or a document number.
    private func component(at i: Int, allowsHao: Bool) -> Component? {
        guard let run = numberRun(at: i) else { return nil }
        if let unitAt = unitPosition(after: run.range.upperBound),
           let unit = unit(of: s[unitAt], allowsHao: allowsHao) {
            guard let value = value(of: run, as: unit), isPlausibleSuffix(unit, at: unitAt + 1) else { return nil }
            return Component(value: value, unit: unit, end: unitAt + 1, isChinese: run.isChinese)
        }
        guard let tail = rangeTail(after: run), let value = value(of: run, as: tail.unit) else { return nil }
        return Component(value: value, unit: tail.unit, end: run.range.upperBound, isChinese: run.isChinese)
    }

    /// The unit-bearing number after a range connector: "28日" in "26—28日", "3月" in "1至3月".
    private func rangeTail(after head: NumberRun) -> Component? {
        var k = skipInlineSpaces(from: head.range.upperBound)
        guard k < s.count, TextScalars.isRangeConnector(s[k]) else { return nil }
        k += 1
        if k < s.count, s[k] == s[k - 1], s[k] != "至", s[k] != "到" { k += 1 }  // "——"
        k = skipInlineSpaces(from: k)
        guard let run = numberRun(at: k, checkingStart: false), run.isChinese == head.isChinese,
              let unitAt = unitPosition(after: run.range.upperBound),
              let unit = unit(of: s[unitAt], allowsHao: false),
              let value = value(of: run, as: unit), isPlausibleSuffix(unit, at: unitAt + 1) else { return nil }
        return Component(value: value, unit: unit, end: unitAt + 1, isChinese: run.isChinese)
    }

    private struct NumberRun {
        let range: Range<Int>
        let isChinese: Bool
    }

    /// A maximal run of Arabic digits (any width) or of Chinese numerals starting at `i`.
    /// When `checkingStart`, the run must not continue a longer number or code:
    /// "100日元" is not read as "00日", "G20" not as "20".
    private func numberRun(at i: Int, checkingStart: Bool = true) -> NumberRun? {
        guard i < s.count else { return nil }
        let previous: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        if TextScalars.isDigit(s[i]) {
            if checkingStart, let p = previous,
               TextScalars.isDigit(p) || TextScalars.isLatinLetter(p) || p == "." || p == "．" { return nil }
            var end = i
            while end < s.count, TextScalars.isDigit(s[end]) { end += 1 }
            return NumberRun(range: i..<end, isChinese: false)
        }
        if ChineseNumeral.isNumeral(s[i]) {
            if checkingStart, let p = previous, ChineseNumeral.isNumberContext(p) { return nil }
            var end = i
            while end < s.count, ChineseNumeral.isNumeral(s[end]) { end += 1 }
            return NumberRun(range: i..<end, isChinese: true)
        }
        return nil
    }

    /// Where a unit would be after a number ending at `end`, allowing inline spaces.
    private func unitPosition(after end: Int) -> Int? {
        let j = skipInlineSpaces(from: end)
        return j < s.count ? j : nil
    }

    private func unit(of scalar: Unicode.Scalar, allowsHao: Bool) -> DateGranularity? {
        switch scalar {
        case "年": return .year
        case "月": return .month
        case "日": return .day
        case "号" where allowsHao: return .day
        default: return nil
        }
    }

    /// The number's value if it can stand for `unit`.
    ///
    /// Years need four digits ("2019年", "二〇二〇年") so durations ("5年", "三年",
    /// "十年") are not read as years; the range 1000...2199 keeps out "5000年" of history.
    private func value(of run: NumberRun, as unit: DateGranularity) -> Int? {
        let digits = s[run.range]
        let value: Int?
        switch (unit, run.isChinese) {
        case (.year, false):
            value = digits.count == 4 ? arabicValue(digits) : nil
        case (.year, true):
            value = digits.count == 4 ? ChineseNumeral.digitByDigitValue(digits) : nil
        case (_, false):
            value = digits.count <= 2 ? arabicValue(digits) : nil
        case (_, true):
            value = ChineseNumeral.smallValue(digits)
        }
        guard let v = value else { return nil }
        switch unit {
        case .year: return (1000...2199).contains(v) ? v : nil
        case .month: return (1...12).contains(v) ? v : nil
        case .day: return (1...31).contains(v) ? v : nil
        }
    }

    private func arabicValue(_ digits: ArraySlice<Unicode.Scalar>) -> Int {
        digits.reduce(0) { $0 * 10 + (TextScalars.digitValue($1) ?? 0) }
    }

    // MARK: - False-positive rules

    /// "1990年代" is a decade, not a year.
    private func isPlausibleSuffix(_ unit: DateGranularity, at j: Int) -> Bool {
        guard unit == .year, j < s.count else { return true }
        return s[j] != "代"
    }

    /// A bare month or day right after a count or ordinal marker is a duration or
    /// an ordinal: "第3日", "近3日", "连续5日", "为期3日", "前3月", "每10日".
    private func isPlausibleBareStart(at i: Int) -> Bool {
        guard i > 0 else { return true }
        return !"第近每续期逾前头这那几".unicodeScalars.contains(s[i - 1])
    }

    /// A one-character Chinese month after these words is "one month" or part of
    /// a word, not a month name: "同一月份", "统一月度", "每一月".
    private func isPlausibleChineseMonth(_ month: Component, at i: Int) -> Bool {
        guard month.isChinese, month.end - i == 2, i > 0 else { return true }
        return !"同统唯单这那每逐某任哪上下".unicodeScalars.contains(s[i - 1])
    }

    /// A Chinese month standing alone, followed by a numeral, is a festival or lunar date
    /// ("三月三", "正月十五"); followed by these words it is a duration or a name:
    /// "一月时间", "三月有余", "十月革命".
    private func isPlausibleChineseMonthAlone(endingAt end: Int) -> Bool {
        guard end < s.count else { return true }
        if ChineseNumeral.isNumeral(s[end]) { return false }
        return !["时间", "之内", "之久", "有余", "多", "余", "革命"].contains { starts(with: $0, at: end) }
    }

    /// Rules for a day with no month before it:
    /// - Chinese numerals only right after a connector ("十月一日至三日"): alone they are
    ///   durations or titles ("三日游", "十日谈").
    /// - Not a currency or a duration: "1日元", "1日圆", "3日游", "5日均线", "7日内"
    ///   (but "日内瓦", Geneva, and "日元旦", New Year's Day, may follow a real date:
    ///   "1月1日至3日元旦假期").
    private func isPlausibleBareDay(_ day: Component, at i: Int) -> Bool {
        if day.isChinese {
            guard i > 0, TextScalars.isRangeConnector(s[i - 1]) || TextScalars.isListConjunction(s[i - 1]) else {
                return false
            }
        }
        let after = day.end
        guard after < s.count, s[after - 1] == "日" else { return true }
        switch s[after] {
        case "元": return after + 1 < s.count && s[after + 1] == "旦"
        case "圆", "游", "均": return false
        case "内": return after + 1 < s.count && s[after + 1] == "瓦"
        default: return true
        }
    }

    // MARK: - Helpers

    private func skipInlineSpaces(from i: Int) -> Int {
        var j = i
        while j < s.count, j - i < 2, TextScalars.isInlineSpace(s[j]) { j += 1 }
        return j
    }

    /// True when `word` starts at `i`.
    private func starts(with word: String, at i: Int) -> Bool {
        var k = i
        for scalar in word.unicodeScalars {
            guard k < s.count, s[k] == scalar else { return false }
            k += 1
        }
        return true
    }

    /// True when `word` ends right before `i`.
    private func follows(_ word: String, at i: Int) -> Bool {
        let w = Array(word.unicodeScalars)
        guard i >= w.count else { return false }
        return Array(s[(i - w.count)..<i]) == w
    }

    /// True when only a connector (and inline spaces) separates two expressions:
    /// "至", "到", "—", "——", "－", "～", "、", "和", "及", "与", "或".
    private func isConnectorGap(_ from: Int, _ to: Int) -> Bool {
        var k = skipInlineSpaces(from: from)
        guard k < to else { return false }
        if TextScalars.isRangeConnector(s[k]) {
            k += 1
            if k < to, s[k] == s[k - 1] { k += 1 }
        } else if TextScalars.isListConjunction(s[k]) {
            k += 1
        } else {
            return false
        }
        return skipInlineSpaces(from: k) == to
    }
}
