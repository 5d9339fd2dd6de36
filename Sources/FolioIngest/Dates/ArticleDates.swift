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
