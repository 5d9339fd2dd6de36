/// Date expressions found in one article, split by field.
public struct ArticleDates: Sendable, Equatable {
    /// Mentions in the headline; offsets count from the headline's start.
    public var headline: [DateMention]
    /// Mentions in the body (paragraphs joined by "\n"); offsets count from the body's start.
    public var body: [DateMention]

    public init(headline: [DateMention] = [], body: [DateMention] = []) {
        self.headline = headline
        self.body = body
    }

    /// All mentions in text order: headline first, then body.
    public var all: [DateMention] { headline + body }
}

/// Finds and resolves every date an article mentions.
///
/// INTERIM: finds nothing yet. The dates work (issue 4) fills this in.
public enum DateFinder {
    public static func dates(in article: Article, publicationDate: CivilDate?) -> ArticleDates {
        ArticleDates()
    }
}

/// Publication date and page read from outside the article text.
///
/// INTERIM: reads nothing yet. The dates work (issue 4) fills this in.
public enum PublicationInfo {
    /// Reads a date (`2021-07-02`, `20210702`, `2021_07_02`, `2021/07/02/…`) and a page
    /// label (`p01`, `-04`, `_A05`) from a file path.
    public static func fromPath(_ path: String) -> (date: CivilDate?, page: String?) {
        (nil, nil)
    }

    /// Reads a folio line such as "2020年3月28日 星期六" from the page text.
    public static func fromPageText(_ text: String) -> CivilDate? {
        nil
    }
}
