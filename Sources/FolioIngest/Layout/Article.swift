/// One article recovered from a page: the unit Folio stores and searches.
///
/// Text is kept as written (Chinese punctuation included); only line breaks
/// and extraction whitespace between CJK characters are removed.
public struct Article: Sendable, Equatable, Codable {
    /// The main headline, or nil when the page gave none for this article.
    public var headline: String?
    /// Kicker (引题) first, then deck (副题).
    public var subheadlines: [String]
    /// Byline or dateline that opened the article, e.g. "新华社北京7月1日电（记者 王晓明）".
    public var byline: String?
    /// In-article section heads, including those the extraction moved to the end of the page.
    public var sectionHeads: [String]
    /// Display lines that repeat a sentence of the body.
    public var pullQuotes: [String]
    /// Whole paragraphs with their line breaks removed.
    public var paragraphs: [String]

    public init(
        headline: String? = nil, subheadlines: [String] = [], byline: String? = nil,
        sectionHeads: [String] = [], pullQuotes: [String] = [], paragraphs: [String] = []
    ) {
        self.headline = headline
        self.subheadlines = subheadlines
        self.byline = byline
        self.sectionHeads = sectionHeads
        self.pullQuotes = pullQuotes
        self.paragraphs = paragraphs
    }
}
