/// The date in an article's dateline: "新华社北京7月1日电", "本报华盛顿12月31日电",
/// "本报北京27日电", "本报5月12日讯", "（吉隆坡17日讯）", "（新加坡17日综合电）".
///
/// Only a date directly followed by 电 or 讯 counts: that is what marks a dateline,
/// and it keeps other numbers in a byline (a reporter's count, a photo credit) out.
/// The dateline is the day the story was filed, usually the day before publication.
public struct Dateline: Hashable, Sendable {
    /// Nil for a day-only dateline such as "本报北京27日电".
    public var month: Int?
    public var day: Int

    public init(month: Int?, day: Int) {
        self.month = month
        self.day = day
    }

    /// The dateline date in `byline`, or nil when it has none ("新华社电", "本报记者 王晓明").
    public init?(byline written: String) {
        // "中新社北京5月11日電": read as simplified, as `BylineRule` reads it.
        let byline = TraditionalFold.folded(written) ?? written
        let scanner = DateScanner(byline)
        let scalars = Array(byline.unicodeScalars)
        for expression in scanner.expressions() {
            guard case .written(let day)? = expression.day else { continue }
            var k = expression.range.upperBound
            while k < scalars.count, TextScalars.isInlineSpace(scalars[k]) { k += 1 }
            // "（新加坡17日综合电）": a digest of reports filed that day.
            if k + 1 < scalars.count, scalars[k] == "综", scalars[k + 1] == "合" { k += 2 }
            guard k < scalars.count, scalars[k] == "电" || scalars[k] == "讯" else { continue }
            if let month = expression.month {
                guard let m = month.writtenValue else { continue }
                self.month = m
            } else {
                self.month = nil
            }
            self.day = day
            return
        }
        return nil
    }
}
