/// The date an article's relative and year-less expressions are read against.
///
/// Usually a full date. The year can be unknown when a dateline gives month and
/// day but the publication date is unknown; relative days can then still be
/// resolved to `--MM-DD`.
public struct ReferenceDate: Hashable, Sendable {
    public var year: Int?
    public var month: Int
    public var day: Int

    public init(_ date: CivilDate) {
        year = date.year
        month = date.month
        day = date.day
    }

    /// A reference without a year; nil if no year has such a month and day.
    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: 2000)).contains(day) else { return nil }
        self.year = nil
        self.month = month
        self.day = day
    }

    /// The full date, when the year is known.
    public var civilDate: CivilDate? {
        year.flatMap { CivilDate(year: $0, month: month, day: day) }
    }

    /// The reference date of an article, by the rules:
    /// - the dateline's month and day ("新华社北京7月1日电"), with the publication date's year,
    ///   or the year before when the dateline would otherwise fall after the publication
    ///   date (a "12月31日电" in a 2022-01-01 paper is 2021-12-31);
    /// - a day-only dateline ("本报北京27日电") takes the publication month, or the month before;
    /// - no dated dateline: the publication date;
    /// - a dated dateline without a publication date: month and day, year unknown.
    public static func forArticle(byline: String?, publicationDate: CivilDate?) -> ReferenceDate? {
        guard let dateline = byline.flatMap(Dateline.init(byline:)) else {
            return publicationDate.map(ReferenceDate.init)
        }
        guard let publication = publicationDate else {
            return dateline.month.flatMap { ReferenceDate(month: $0, day: dateline.day) }
        }
        if let month = dateline.month {
            for year in [publication.year, publication.year - 1] {
                if let date = CivilDate(year: year, month: month, day: dateline.day), date <= publication {
                    return ReferenceDate(date)
                }
            }
            return ReferenceDate(publication)
        }
        for shift in [0, -1] {
            let (year, month) = CivilDate.shift(year: publication.year, month: publication.month, by: shift)
            if let date = CivilDate(year: year, month: month, day: dateline.day), date <= publication {
                return ReferenceDate(date)
            }
        }
        return ReferenceDate(publication)
    }

    /// The date `days` away, as year (when known), month and day.
    ///
    /// Without a year, the answer is computed in a leap and a common year and kept only
    /// when both agree: "昨天" against `--03-01` could be 02-28 or 02-29, so it stays unknown.
    func adding(days: Int) -> DateValue? {
        if let year {
            guard let date = CivilDate(year: year, month: month, day: day)?.adding(days: days) else { return nil }
            return DateValue(year: date.year, month: date.month, day: date.day)
        }
        let inLeap = CivilDate(year: 2000, month: month, day: day)?.adding(days: days)
        let inCommon = CivilDate(year: 2001, month: month, day: day)?.adding(days: days)
        guard let a = inLeap, let b = inCommon, a.month == b.month, a.day == b.day else { return nil }
        return DateValue(year: nil, month: a.month, day: a.day)
    }
}
