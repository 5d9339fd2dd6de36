/// `HeadGroupRule`: roles within the group of display blocks that heads one article.
///
/// Kicker (引题) sits above the headline and a deck (副题) below it, each a
/// separate block; a multi-line head is one block. So:
/// - one block: headline;
/// - two: headline, deck (a line directly under a headline is a deck),
///   unless the first shares almost no words with the body and the second
///   most of them: then kicker, headline (`kickerThenHeadline`: "聚焦高质量
///   发展" above "一季度国内生产总值同比增长5.3%"). Counter-cases: the seed's
///   decks repeat body text, but so do their headlines, so they stay decks;
///   and a first block that wraps over several lines is set in the largest
///   type, so it is the headline even when it is a figure of speech
///   ("守护古籍的" / "“纸上医生”" over "一家省级图书馆古籍修复室的日常");
/// - three: kicker, headline, deck;
/// - more: kicker, headline, deck, then section heads.
/// When the article already has a headline, the group's blocks are section
/// heads (`SectionHeadRule.afterHeadline`).
enum HeadGroupRule {
    /// A kicker is a slogan: it shares (almost) no words with the body.
    static let kickerMaximumOverlap = 0.2
    /// A headline states the news: most of its words are in the body.
    static let headlineMinimumOverlap = 0.5

    /// - Parameters:
    ///   - bodyOverlap: for each block, the share of its bigrams found in the article body.
    ///   - lineCounts: for each block, its number of lines.
    static func roles(
        count: Int, articleHasHeadline: Bool, bodyOverlap: [Double] = [], lineCounts: [Int] = []
    ) -> [(BlockRole, String)] {
        if articleHasHeadline {
            return Array(repeating: (.sectionHead, "SectionHeadRule.afterHeadline"), count: count)
        }
        switch count {
        case 0: return []
        case 1: return [(.headline, "HeadGroupRule.single")]
        case 2 where bodyOverlap.count == 2 && bodyOverlap[0] < kickerMaximumOverlap
            && bodyOverlap[1] >= headlineMinimumOverlap && (lineCounts.first ?? 1) == 1:
            return [(.kicker, "HeadGroupRule.kickerThenHeadline"), (.headline, "HeadGroupRule.kickerThenHeadline")]
        case 2: return [(.headline, "HeadGroupRule.headlineThenDeck"), (.deck, "HeadGroupRule.headlineThenDeck")]
        default:
            return [(.kicker, "HeadGroupRule.kickerHeadlineDeck"), (.headline, "HeadGroupRule.kickerHeadlineDeck"),
                    (.deck, "HeadGroupRule.kickerHeadlineDeck")]
                + Array(repeating: (.sectionHead, "SectionHeadRule.beyondHeadGroup"), count: count - 3)
        }
    }
}

/// `ClusterSplitRule`: a run of display blocks between two articles is cut
/// into a tail for the article above (laid out body-first, headline after)
/// and a head for the article below, at the point that best matches content:
/// each block scores the share of its character bigrams found in the article
/// it would go to. Order alone cannot decide: on the seed the cluster
/// [headline 1, deck 1, headline 2, deck 2] belongs half to each side.
/// Blocks given to an article that already has a headline (they would be
/// section heads) pay a small penalty, so ties favour heads. A block with no
/// evidence stays with the block above it.
enum ClusterSplitRule {
    static let name = "ClusterSplitRule.bigramOverlap"
    static let sectionHeadPenalty = 0.15

    /// Below this a block says nothing about where it belongs.
    static let noEvidence = 0.1

    /// Number of leading blocks that go to the article above.
    ///
    /// A block with no evidence either way (a deck such as "把论文写在大地上"
    /// shares no words with either body) is not cut from the block before it:
    /// a line under a headline is its deck.
    static func split(_ overlaps: [(above: Double, below: Double)], aboveHasHeadline: Bool) -> Int {
        var best = 0
        var bestScore = -Double.infinity
        for k in 0...overlaps.count {
            if k > 0, k < overlaps.count, max(overlaps[k].above, overlaps[k].below) < noEvidence { continue }
            var score = 0.0
            for (i, o) in overlaps.enumerated() {
                score += i < k ? o.above - (aboveHasHeadline ? sectionHeadPenalty : 0) : o.below
            }
            if score > bestScore + 1e-9 { best = k; bestScore = score }
        }
        return best
    }
}

/// `SectionHeadRule`: display blocks inside an article, or moved to the end
/// of the page by the extraction, are section heads.
/// - `insideArticle`: between two paragraphs of one article.
/// - `endOfPage`: after the last paragraph, once the last article has its
///   headline; each goes to the article sharing most of its bigrams.
enum SectionHeadRule {
    static let insideArticle = "SectionHeadRule.insideArticle"
    static let endOfPage = "SectionHeadRule.endOfPage"
}
