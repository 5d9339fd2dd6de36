import Foundation
@testable import FolioIngest

/// Scores predicted articles against truth, the way Folio is judged.
///
/// - Article F1: predicted and true articles are paired greedily by the
///   Jaccard overlap of the character bigrams of their body text (whitespace
///   ignored), so that one merged paragraph does not lose the article; a
///   pair with overlap ≥ 0.5 is a hit. F1 over hits, predicted and true counts.
/// - Headline / byline accuracy: share of true articles whose paired
///   prediction has exactly the same headline / byline (nil = nil counts;
///   an unpaired true article counts as wrong).
/// - Paragraph F1: multiset intersection of all paragraphs on the page,
///   exact match ignoring whitespace.
/// - Display accuracy (reported, not a target): share of true articles whose
///   pair has the same subheadlines, section heads and pull quotes.
struct LayoutScore: CustomStringConvertible {
    var predictedArticles = 0
    var trueArticles = 0
    var articleHits = 0
    var headlineHits = 0
    var bylineHits = 0
    var displayHits = 0
    var predictedParagraphs = 0
    var trueParagraphs = 0
    var paragraphHits = 0

    var articleF1: Double { f1(articleHits, predictedArticles, trueArticles) }
    var paragraphF1: Double { f1(paragraphHits, predictedParagraphs, trueParagraphs) }
    var headlineAccuracy: Double { ratio(headlineHits, trueArticles) }
    var bylineAccuracy: Double { ratio(bylineHits, trueArticles) }
    var displayAccuracy: Double { ratio(displayHits, trueArticles) }

    private func f1(_ hits: Int, _ predicted: Int, _ truth: Int) -> Double {
        predicted + truth == 0 ? 1 : 2 * Double(hits) / Double(predicted + truth)
    }
    private func ratio(_ hits: Int, _ total: Int) -> Double { total == 0 ? 1 : Double(hits) / Double(total) }

    static func + (a: LayoutScore, b: LayoutScore) -> LayoutScore {
        var s = a
        s.predictedArticles += b.predictedArticles
        s.trueArticles += b.trueArticles
        s.articleHits += b.articleHits
        s.headlineHits += b.headlineHits
        s.bylineHits += b.bylineHits
        s.displayHits += b.displayHits
        s.predictedParagraphs += b.predictedParagraphs
        s.trueParagraphs += b.trueParagraphs
        s.paragraphHits += b.paragraphHits
        return s
    }

    var description: String {
        String(format: "articleF1 %.3f  headline %.3f  paragraphF1 %.3f  byline %.3f  display %.3f  (articles %d/%d, paragraphs %d/%d)",
               articleF1, headlineAccuracy, paragraphF1, bylineAccuracy, displayAccuracy,
               predictedArticles, trueArticles, predictedParagraphs, trueParagraphs)
    }

    static func score(predicted: [Article], truth: [LayoutFixture.TruthArticle]) -> LayoutScore {
        var s = LayoutScore()
        s.predictedArticles = predicted.count
        s.trueArticles = truth.count
        let predictedParagraphs = predicted.map { $0.paragraphs.compactMap(squeezed) }
        let trueParagraphs = truth.map { $0.paragraphs.compactMap(squeezed) }

        // Paragraph F1 over the page (multiset).
        var pool: [String: Int] = [:]
        for p in trueParagraphs.joined() { pool[p, default: 0] += 1 }
        for p in predictedParagraphs.joined() where (pool[p] ?? 0) > 0 {
            pool[p]! -= 1
            s.paragraphHits += 1
        }
        s.predictedParagraphs = predictedParagraphs.joined().count
        s.trueParagraphs = trueParagraphs.joined().count

        // Greedy pairing by Jaccard overlap of body-text bigrams.
        func bigrams(_ paragraphs: [String]) -> Set<String> {
            let chars = Array(paragraphs.joined())
            return Set(zip(chars, chars.dropFirst()).map { String([$0, $1]) })
        }
        var pairs: [(Double, Int, Int)] = []
        for (i, p) in predictedParagraphs.enumerated() {
            for (j, t) in trueParagraphs.enumerated() {
                let a = bigrams(p), b = bigrams(t)
                let union = a.union(b).count
                if union > 0 { pairs.append((Double(a.intersection(b).count) / Double(union), i, j)) }
            }
        }
        var usedP = Set<Int>(), usedT = Set<Int>()
        for (jaccard, i, j) in pairs.sorted(by: { $0.0 > $1.0 }) where jaccard >= 0.5 && !usedP.contains(i) && !usedT.contains(j) {
            usedP.insert(i)
            usedT.insert(j)
            s.articleHits += 1
            let p = predicted[i], t = truth[j]
            if squeezed(p.headline) == squeezed(t.headline) { s.headlineHits += 1 }
            if squeezed(p.byline) == squeezed(t.byline) { s.bylineHits += 1 }
            if p.subheadlines.compactMap(squeezed) == t.subheadlines.compactMap(squeezed),
               Set(p.sectionHeads.compactMap(squeezed)) == Set(t.section_heads.compactMap(squeezed)),
               Set(p.pullQuotes.compactMap(squeezed)) == Set(t.pull_quotes.compactMap(squeezed)) {
                s.displayHits += 1
            }
        }
        return s
    }
}
