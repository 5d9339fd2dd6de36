/// `ArticleBoundaryRule`: where one article ends and the next begins.
///
/// - `byline`: a paragraph opened by a byline starts an article.
/// - `headlineCluster`: two or more display blocks between complete
///   paragraphs (headline with deck or kicker; two articles' heads) start one.
/// - `topicShift`: a single display block between complete paragraphs is a
///   headline when the text after it shares few character bigrams with the
///   article so far (overlap coefficient, see `Bigrams`), and a section head otherwise. Paragraphs of one
///   article repeat its names and terms; the next article does not. On a
///   page whose articles open with bylines, a lone display block is much
///   more likely a section head, so the bar is lowered.
/// - `sameArticle`: otherwise.
/// Counter-case: a paragraph that continues a sentence is never a boundary
/// (it is not even a new paragraph).
enum ArticleBoundaryRule {
    static let byline = "ArticleBoundaryRule.byline"
    static let headlineCluster = "ArticleBoundaryRule.headlineCluster"
    static let topicShift = "ArticleBoundaryRule.topicShift"
    static let sameArticle = "ArticleBoundaryRule.sameArticle"

    /// Bigram overlap coefficient below which the text after a lone display
    /// block is another article. On the seed, the lead paragraph of the second
    /// article and the rest of it score 0.71; the two articles, both about the
    /// epidemic and the same leader, score 0.18–0.19.
    static let topicThreshold = 0.33
    /// The same, on pages whose articles open with bylines.
    static let topicThresholdWithBylines = 0.25

    static func isTopicShift(next: Bigrams, current: Bigrams, pageHasBylines: Bool) -> Bool {
        next.overlapCoefficient(with: current) < (pageHasBylines ? topicThresholdWithBylines : topicThreshold)
    }
}
