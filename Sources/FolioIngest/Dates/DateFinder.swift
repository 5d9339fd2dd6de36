/// Finds and resolves every date an article mentions.
///
/// Scanning (`DateScanner`) and resolving (`DateResolver`) are separate steps: what
/// the text says does not depend on the reference date, only what it means does.
public enum DateFinder {
    /// Mentions in the headline and in the body (paragraphs joined by "\n"), resolved
    /// against the article's reference date (see `ReferenceDate.forArticle`).
    public static func dates(in article: Article, publicationDate: CivilDate?) -> ArticleDates {
        let reference = ReferenceDate.forArticle(byline: article.byline, publicationDate: publicationDate)
        return ArticleDates(
            headline: mentions(in: article.headline ?? "", reference: reference),
            body: mentions(in: article.paragraphs.joined(separator: "\n"), reference: reference))
    }

    /// Every date expression in `text`, in order, with offsets in Unicode scalars.
    ///
    /// Text in traditional characters is scanned folded to simplified
    /// ("上個月", "7日內" read as "上个月", "7日内"), one scalar for one, and each
    /// mention's text is taken from `text` as written.
    public static func mentions(in text: String, reference: ReferenceDate?) -> [DateMention] {
        let folded = TraditionalFold.foldedWhole(text)
        let scanner = DateScanner(folded ?? text)
        let written = folded == nil ? nil : Array(text.unicodeScalars)
        let expressions = scanner.expressions()
        let values = DateResolver(reference: reference).resolve(expressions)
        return zip(expressions, values).map { expression, value in
            DateMention(
                text: written.map { String(String.UnicodeScalarView($0[expression.range])) } ?? scanner.text(of: expression.range),
                start: expression.range.lowerBound,
                length: expression.range.count,
                date: value?.isoText,
                granularity: expression.granularity)
        }
    }
}
