/// One field of a date as the text states it, before any reference date applies.
enum DateField: Equatable, Sendable {
    /// A number written out: "2019年" → written(2019), "七月" → written(7).
    case written(Int)
    /// An offset from the reference date: "去年" → relative(-1) on the year,
    /// "上月" → relative(-1) on the month, "昨天" → relative(-1) on the day.
    case relative(Int)

    var writtenValue: Int? {
        if case .written(let value) = self { return value }
        return nil
    }
}

/// A date expression found by `DateScanner`: where it is and what it says.
///
/// Kept apart from its resolution so the scanner can be tested on what it
/// reads and the resolver on the reference-date rules, each on its own.
struct DateExpression: Equatable, Sendable {
    /// Scalar offsets into the scanned text.
    var range: Range<Int>
    var year: DateField?
    var month: DateField?
    var day: DateField?
    /// True when a range or list connector ("至", "—", "、", "和") joins this
    /// expression to the one before, so the fields it leaves out ("28日" in
    /// "3月26日至28日") are carried over from that one.
    var continuesPrevious = false

    /// The finest field the expression names.
    var granularity: DateGranularity {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }
}
