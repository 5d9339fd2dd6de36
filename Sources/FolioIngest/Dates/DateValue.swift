/// A resolved date with the parts that are known, rendered in Folio's stored form.
///
/// The forms come from the schema: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, and `--MM-DD`
/// or `--MM` when the year is unknown (ISO 8601's truncated forms).
struct DateValue: Hashable, Sendable {
    var year: Int?
    var month: Int?
    var day: Int?

    /// The stored text, or nil when the parts make no date (a day without a month).
    var isoText: String? {
        switch (year, month, day) {
        case let (y?, m?, d?): return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        case let (y?, m?, nil): return "\(pad(y, 4))-\(pad(m, 2))"
        case let (y?, nil, nil): return pad(y, 4)
        case let (nil, m?, d?): return "--\(pad(m, 2))-\(pad(d, 2))"
        case let (nil, m?, nil): return "--\(pad(m, 2))"
        default: return nil
        }
    }

    /// Whether the date exists: 2021-02-29 does not; --02-29 does (in some year).
    /// The year must be one `CivilDate` holds (1...9999), so the stored form keeps
    /// four digits: "明年" in a paper dated 9999 or "去年" in one dated 0001 has none.
    var isValid: Bool {
        if let year, !(1...9999).contains(year) { return false }
        guard let month else { return day == nil }
        guard (1...12).contains(month) else { return false }
        guard let day else { return true }
        return (1...CivilDate.daysIn(month: month, year: year ?? 2000)).contains(day)
    }

    /// Orders two values on the parts both know, month and day first missing as 1.
    func isBefore(_ other: DateValue) -> Bool {
        (year ?? 0, month ?? 1, day ?? 1) < (other.year ?? 0, other.month ?? 1, other.day ?? 1)
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
