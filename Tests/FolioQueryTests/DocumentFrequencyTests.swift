@testable import FolioQuery
@testable import FolioStore
import FolioIngest
import Foundation
import GRDB
import XCTest

/// A term's document frequency (its idf in ranking) read from the index's
/// vocabulary is the count of articles its candidate clause matches.
final class DocumentFrequencyTests: XCTestCase {
    func testTheVocabularyCountsWhatMatchCounts() throws {
        let test = try TestArchive()
        try test.store([
            Article(headline: "中国经济稳中向好", paragraphs: ["一季度國內生产总值同比增长。China GDP grew."]),
            Article(headline: "春耕时节", paragraphs: ["各地农田一派忙碌景象，中国农民。"]),
            Article(headline: "Ｃｈｉｎａ Daily", paragraphs: ["一份英文报纸。"]),
        ], file: "p.txt", date: nil)
        let readOnly = try Archive(path: test.path, mode: .readOnly)
        for query in ["一", "中国", "国", "國", "china", "Ｃｈｉｎａ", "daily", "向好", "稳中向好", "china*", "没有", "headline:中国"] {
            let parsed = SearchQuery(parsing: query)
            for term in parsed.matcher.positiveTerms {
                let expected = try readOnly.database.read { db in
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", arguments: [term.candidateClause]) ?? -1
                }
                let counted = try readOnly.database.read { db in try RelevanceScorer.articleCount(of: term, db: db) }
                XCTAssertEqual(counted, expected, query)
            }
        }
        XCTAssertEqual(SearchQuery(parsing: "国").matcher.positiveTerms.first?.indexToken, "国")
        XCTAssertEqual(SearchQuery(parsing: "國").matcher.positiveTerms.first?.indexToken, "国", "folded as the index folds")
        XCTAssertEqual(SearchQuery(parsing: "Ｃｈｉｎａ").matcher.positiveTerms.first?.indexToken, "china")
        XCTAssertNil(SearchQuery(parsing: "稳中向好").matcher.positiveTerms.first?.indexToken, "several tokens")
        XCTAssertNil(SearchQuery(parsing: "china*").matcher.positiveTerms.first?.indexToken, "a prefix is many tokens")
    }
}
