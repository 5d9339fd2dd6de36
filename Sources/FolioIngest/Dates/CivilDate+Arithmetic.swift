/// Calendar arithmetic needed to resolve relative expressions ("昨天", "上月", "去年").
///
/// Civil dates only: no time zones, no Foundation calendars, so the result
/// never depends on the machine's locale or TZ.
extension CivilDate {
    /// The date `days` days later (earlier when negative); nil outside years 1...9999.
    public func adding(days: Int) -> CivilDate? {
        CivilDate(dayNumber: dayNumber + days)
    }

    /// The day before, e.g. 2021-03-01 → 2021-02-28.
    public var previousDay: CivilDate? { adding(days: -1) }

    /// The day after, e.g. 2020-02-28 → 2020-02-29.
    public var nextDay: CivilDate? { adding(days: 1) }

    /// Year and month `months` months away (the day is dropped, since "上月" names a month).
    public func shifting(months: Int) -> (year: Int, month: Int) {
        CivilDate.shift(year: year, month: month, by: months)
    }

    /// Year and month of the month before this date's, e.g. 2022-01-15 → (2021, 12).
    public var previousMonth: (year: Int, month: Int) { shifting(months: -1) }

    /// `(year, month)` moved by `months`, carrying across year boundaries.
    public static func shift(year: Int, month: Int, by months: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        return (newYear, index - newYear * 12 + 1)
    }

    /// Days since 1970-01-01 (negative before), by the proleptic Gregorian calendar.
    ///
    /// Howard Hinnant's `days_from_civil`: exact and branch-light, so adding days
    /// needs no month-by-month walking.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `dayNumber`; nil when the result falls outside years 1...9999.
    public init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }
}
