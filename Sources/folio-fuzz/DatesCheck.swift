import FolioIngest

/// The date finder and publication-date readers on arbitrary text.
///
/// Input: a first line with an optional publication date (`2020-03-28`),
/// then an article: headline, byline, paragraphs, one a line. The whole
/// input is also read as a file path and as page text.
///
/// Promises checked: mentions lie inside their text, in order, without
/// overlap, and their `text` is the scalars at `start`/`length`; resolved
/// dates are real dates in the schema's forms (`YYYY-MM-DD`, `YYYY-MM`,
/// `YYYY`, `--MM-DD`, `--MM`) matching the granularity; an article's reference
/// date never falls after its publication date; and the path reader's dates
/// lie in 1900...2100 with a non-empty page label.
enum DatesCheck {
    static func check(_ bytes: [UInt8]) throws(InvariantViolation) {
        let input = String(decoding: bytes, as: UTF8.self)
        let header = input.prefix { $0 != "\n" }
        let publicationDate = CivilDate(iso: String(header))
        let lines = input.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(String.init)
        let article = Article(
            headline: lines.first,
            byline: lines.dropFirst().first,
            paragraphs: Array(lines.dropFirst(2)))

        let reference = ReferenceDate.forArticle(byline: article.byline, publicationDate: publicationDate)
        if let publicationDate {
            let referenceDate = try unwrap(reference, "no reference date although the publication date is \(publicationDate)")
            let date = try unwrap(referenceDate.civilDate, "reference \(referenceDate) has no full date although the publication date is known")
            try require(date <= publicationDate, "reference \(date) falls after the publication date \(publicationDate)")
        }

        // The input's own date, and the first and last days a CivilDate holds,
        // where relative words ("去年", "明年") run off the calendar.
        for date in [publicationDate, CivilDate(year: 1, month: 1, day: 1), CivilDate(year: 9999, month: 12, day: 31)] {
            let dates = DateFinder.dates(in: article, publicationDate: date)
            try checkMentions(dates.headline, in: article.headline ?? "")
            try checkMentions(dates.body, in: article.paragraphs.joined(separator: "\n"))
        }
        try checkMentions(DateFinder.mentions(in: input, reference: nil), in: input)
        if let publicationDate, let yearless = ReferenceDate(month: publicationDate.month, day: publicationDate.day) {
            try checkMentions(DateFinder.mentions(in: input, reference: yearless), in: input)
        }

        let fromPath = PublicationInfo.fromPath(input)
        if let date = fromPath.date {
            try require((1900...2100).contains(date.year), "path date \(date) outside 1900...2100")
        }
        if let page = fromPath.page {
            try require(!page.isEmpty, "empty page label from a path")
        }
        _ = PublicationInfo.fromPageText(input)
    }

    static func checkMentions(_ mentions: [DateMention], in text: String) throws(InvariantViolation) {
        let scalars = Array(text.unicodeScalars)
        var end = 0
        for mention in mentions {
            try require(mention.length > 0, "empty mention \(mention)")
            try require(mention.start >= end, "mention \(mention) overlaps or precedes the one before (ending at \(end))")
            try require(mention.start + mention.length <= scalars.count, "mention \(mention) runs past the text's \(scalars.count) scalars")
            end = mention.start + mention.length
            let written = String(String.UnicodeScalarView(scalars[mention.start..<end]))
            try require(identical(written, mention.text), "mention \(mention) is not the text at its offsets, \(debug(written))")
            if let date = mention.date {
                try require(isWellFormed(date, granularity: mention.granularity),
                            "mention \(debug(mention.text)) resolved to \(date), not a \(mention.granularity) date")
            }
        }
    }

    /// `YYYY-MM-DD` / `--MM-DD` for days, `YYYY-MM` / `--MM` for months, `YYYY` for years; all real.
    static func isWellFormed(_ date: String, granularity: DateGranularity) -> Bool {
        let parts = date.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        func number(_ part: String, digits: Int) -> Int? {
            part.count == digits && part.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) ? Int(part) : nil
        }
        let yearless = parts.first == "" && parts.count > 1 && parts[1] == ""
        let fields = yearless ? Array(parts.dropFirst(2)) : parts
        let year = yearless ? 2000 : fields.first.flatMap { number($0, digits: 4) }
        guard let year else { return false }
        let rest = yearless ? fields : Array(fields.dropFirst())
        switch (granularity, rest.count) {
        case (.year, 0):
            return !yearless
        case (.month, 1):
            return number(rest[0], digits: 2).map { (1...12).contains($0) } ?? false
        case (.day, 2):
            guard let month = number(rest[0], digits: 2), let day = number(rest[1], digits: 2),
                  (1...12).contains(month) else { return false }
            return (1...CivilDate.daysIn(month: month, year: year)).contains(day)
        default:
            return false
        }
    }
}

func unwrap<T>(_ value: T?, _ message: @autoclosure () -> String) throws(InvariantViolation) -> T {
    guard let value else { throw InvariantViolation(message()) }
    return value
}
