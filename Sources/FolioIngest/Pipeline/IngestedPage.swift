/// Everything Folio keeps from one page file, ready to be stored.
public struct IngestedPage: Sendable {
    public struct Entry: Sendable, Equatable {
        public var article: Article
        public var dates: ArticleDates

        public init(article: Article, dates: ArticleDates) {
            self.article = article
            self.dates = dates
        }
    }

    public var encoding: SourceEncoding
    public var publicationDate: CivilDate?
    public var page: String?
    public var reading: PageReading
    public var entries: [Entry]

    public init(encoding: SourceEncoding, publicationDate: CivilDate?, page: String?, reading: PageReading, entries: [Entry]) {
        self.encoding = encoding
        self.publicationDate = publicationDate
        self.page = page
        self.reading = reading
        self.entries = entries
    }
}

/// Publication facts that come from outside the page text, strongest first:
/// the `--date` option, then a manifest row.
public struct PublicationOverrides: Sendable, Equatable {
    public var date: CivilDate?
    public var page: String?
    public var paper: String?

    public init(date: CivilDate? = nil, page: String? = nil, paper: String? = nil) {
        self.date = date
        self.page = page
        self.paper = paper
    }
}
