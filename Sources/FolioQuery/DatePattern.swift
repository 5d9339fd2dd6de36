import Foundation

import FolioIngest

/// A date a user asks about: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD`.
/// Invalid calendar dates (2021-02-30, 13/45) are refused, never guessed.
public enum DatePattern: Sendable, Equatable, CustomStringConvertible {
    /// `YYYY-MM-DD`: one calendar day.
    case day(CivilDate)
    /// `YYYY-MM`: a month. As a mention filter it matches dates of that month
    /// and mentions that name only the month.
    case month(year: Int, month: Int)
    /// `YYYY`: a year. As a mention filter it matches dates and months of that
    /// year and mentions that name only the year.
    case year(Int)
    /// `--MM-DD`: a day of the year in any year, including mentions whose year
    /// is unknown. It has no `dayRange`, so it cannot filter publication dates.
    case monthDay(month: Int, day: Int)

    /// Parses one of the four forms; surrounding spaces are ignored.
    ///
    /// - Throws: `QueryError.badDate` for any other text, or for a day or
    ///   month that does not exist (`--02-29` is accepted: some years have it).
    public init(parsing text: String) throws(QueryError) {
        let value = text.trimmingCharacters(in: .whitespaces)
        let digitsOnly: (Substring) -> Int? = { part in
            part.allSatisfy { $0.isASCII && $0.isNumber } ? Int(part) : nil
        }
        // `--MM-DD` is ISO's form; `MM-DD` is accepted too, since a shell
        // argument starting with "--" reads as an option.
        let isMonthDay = value.hasPrefix("--") || (value.count == 5 && value.dropFirst(2).first == "-")
        if isMonthDay {
            let parts = value.drop { $0 == "-" }.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
                  let month = digitsOnly(parts[0]), let day = digitsOnly(parts[1]),
                  CivilDate(year: 2000, month: month, day: day) != nil else { throw .badDate(text) }
            self = .monthDay(month: month, day: day)
            return
        }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = digitsOnly(first), year > 0 else { throw .badDate(text) }
        switch parts.count {
        case 1:
            self = .year(year)
        case 2:
            guard parts[1].count == 2, let month = digitsOnly(parts[1]), (1...12).contains(month) else { throw .badDate(text) }
            self = .month(year: year, month: month)
        case 3:
            guard let date = CivilDate(iso: value) else { throw .badDate(text) }
            self = .day(date)
        default:
            throw .badDate(text)
        }
    }

    /// The pattern in its canonical form, zero-padded: `2021-07-01`,
    /// `2021-07`, `2021` or `--07-01`.
    public var description: String {
        switch self {
        case .day(let date): return date.description
        case .month(let year, let month): return String(format: "%04d-%02d", year, month)
        case .year(let year): return String(format: "%04d", year)
        case .monthDay(let month, let day): return String(format: "--%02d-%02d", month, day)
        }
    }

    /// The first and last day covered, for publication-date ranges; nil for `--MM-DD`.
    public var dayRange: (first: CivilDate, last: CivilDate)? {
        switch self {
        case .day(let date):
            return (date, date)
        case .month(let year, let month):
            return (CivilDate(year: year, month: month, day: 1)!,
                    CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!)
        case .year(let year):
            return (CivilDate(year: year, month: 1, day: 1)!, CivilDate(year: year, month: 12, day: 31)!)
        case .monthDay:
            return nil
        }
    }

    /// An SQL condition on a stored date column (ISO text, possibly `--MM-DD`)
    /// that holds when the stored date falls within this pattern, with its arguments.
    func condition(column: String) -> (sql: String, arguments: [String]) {
        switch self {
        case .day(let date):
            return ("\(column) = ?", [date.description])
        case .month, .year:
            return ("(\(column) = ? OR \(column) LIKE ?)", [description, description + "-%"])
        case .monthDay:
            let suffix = String(description.dropFirst(2))
            return ("(\(column) = ? OR \(column) LIKE ?)", [description, "____-" + suffix])
        }
    }
}
