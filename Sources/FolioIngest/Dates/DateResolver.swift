/// Turns scanned expressions into dates, by the reference-date rules.
///
/// Rules, in the order applied:
/// - Written years stand as written.
/// - Relative words count from the reference: "昨天" −1 day, "去年" −1 year, "上月" −1 month.
/// - The end of a range or list takes the parts it leaves out from the resolved start:
///   "3月26日至28日" → 28日 gets the start's year and month; a wrap-around end
///   ("12月30日至1月2日") moves to the next year or month.
/// - Past preference: news reports what happened, so a year-less date is the latest one
///   not after the reference ("12月30日" in a 2020-01-02 paper is 2019-12-30) and a bare
///   day takes the reference month, or the month before when it would be in the future.
/// - Without a reference: written month and day give `--MM-DD`/`--MM`; bare days and
///   relative words stay unresolved (nil).
struct DateResolver: Sendable {
    let reference: ReferenceDate?

    /// Resolves each expression in order; nil where the expression cannot be resolved.
    func resolve(_ expressions: [DateExpression]) -> [DateValue?] {
        var results: [DateValue?] = []
        for expression in expressions {
            let previous = expression.continuesPrevious ? results.last ?? nil : nil
            results.append(resolve(expression, continuing: previous))
        }
        return results
    }

    func resolve(_ expression: DateExpression, continuing previous: DateValue? = nil) -> DateValue? {
        if case .relative(let days)? = expression.day {
            return reference?.adding(days: days)
        }
        var value = DateValue()
        /// True once the year is decided by the text (written, relative or carried over),
        /// even if it is unknown, so past preference must not guess one.
        var yearIsSettled = false

        switch expression.year {
        case .written(let year)?:
            value.year = year
            yearIsSettled = true
        case .relative(let years)?:
            value.year = reference?.year.map { $0 + years }
            yearIsSettled = true
        case nil:
            break
        }

        switch expression.month {
        case .written(let month)?:
            value.month = month
        case .relative(let months)?:
            guard let reference else { return nil }
            let shifted = CivilDate.shift(year: reference.year ?? 2000, month: reference.month, by: months)
            value.month = shifted.month
            value.year = reference.year == nil ? nil : shifted.year
            yearIsSettled = true
        case nil:
            break
        }

        value.day = expression.day?.writtenValue

        if let previous, expression.year == nil, expression.month?.writtenValue != nil || expression.month == nil {
            carryOver(from: previous, into: &value, yearIsSettled: &yearIsSettled)
        }
        if !yearIsSettled {
            guard preferPast(&value) else { return nil }
        }
        guard value.isValid, value.isoText != nil else { return nil }
        return value
    }

    /// Fills the parts a range end leaves out from the range start, when the start is at
    /// least as fine: "3月26日至28日" carries the month, "3月、27日" carries nothing.
    private func carryOver(from previous: DateValue, into value: inout DateValue, yearIsSettled: inout Bool) {
        if value.month == nil, value.day != nil, let month = previous.month, previous.day != nil {
            value.month = month
            value.year = previous.year
            yearIsSettled = true
            if let start = previous.day, let end = value.day, end < start {
                let next = CivilDate.shift(year: value.year ?? 2000, month: month, by: 1)
                value.month = next.month
                value.year = value.year == nil ? nil : next.year
            }
        } else if value.month != nil, previous.month != nil, let year = previous.year {
            value.year = year
            yearIsSettled = true
            if value.isBefore(previous) { value.year = year + 1 }
        }
    }

    /// Applies past preference to a value without a settled year; false when there is
    /// nothing to anchor it (a bare day without a reference).
    private func preferPast(_ value: inout DateValue) -> Bool {
        guard let reference else { return value.month != nil }
        guard let month = value.month else {
            // A bare day: the reference month, or the one before if that is still ahead.
            guard let day = value.day else { return false }
            let shift = day > reference.day ? -1 : 0
            let target = CivilDate.shift(year: reference.year ?? 2000, month: reference.month, by: shift)
            value.month = target.month
            value.year = reference.year == nil ? nil : target.year
            return true
        }
        guard let year = reference.year else { return true }
        let isAhead = value.day.map { (month, $0) > (reference.month, reference.day) } ?? (month > reference.month)
        value.year = isAhead ? year - 1 : year
        return true
    }
}
