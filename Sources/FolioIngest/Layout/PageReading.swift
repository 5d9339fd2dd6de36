/// What a block of a page turned out to be.
public enum BlockRole: String, Sendable, Codable, CaseIterable {
    case body
    case headline
    case kicker
    case deck
    case byline
    case sectionHead = "section_head"
    case pullQuote = "pull_quote"
    /// Page furniture such as a folio line ("2020年3月28日 星期六") or page label.
    case furniture
}

/// A run of lines of the page and how the reader classified it, with the
/// name of the rule that decided: what `folio inspect` shows.
public struct ClassifiedBlock: Sendable, Equatable {
    /// 0-based index of the block's first line in the page.
    public var firstLine: Int
    public var lines: [String]
    public var role: BlockRole
    /// Name of the rule that decided the role, e.g. "HeadlineRule.noSentencePunctuation".
    public var rule: String
    /// Index into `PageReading.articles` of the owning article, if any.
    public var article: Int?

    public init(firstLine: Int, lines: [String], role: BlockRole, rule: String, article: Int? = nil) {
        self.firstLine = firstLine
        self.lines = lines
        self.role = role
        self.rule = rule
        self.article = article
    }
}

/// The result of reading one page: its classified blocks and the articles.
public struct PageReading: Sendable, Equatable {
    public var blocks: [ClassifiedBlock]
    public var articles: [Article]

    public init(blocks: [ClassifiedBlock], articles: [Article]) {
        self.blocks = blocks
        self.articles = articles
    }
}
