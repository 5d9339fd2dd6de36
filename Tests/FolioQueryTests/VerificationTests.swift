import FolioIngest
@testable import FolioQuery
import FolioTokenizer
import XCTest

/// The index has no positions (`detail=none`): every query's candidates are
/// checked on the stored text, and the answers must be what an index with
/// positions gave — through the whole stack, for search, count, date order,
/// trend and headlines.
final class VerificationTests: XCTestCase {
    /// Articles 1…6, one page each, dated 2020-03-01 … 2020-03-06.
    private func makeArchive() throws -> TestArchive {
        let test = try TestArchive()
        let articles: [(headline: String, body: String)] = [
            ("统筹推进疫情防控", "各地加强疫情防控工作。"),          // 1: the word in headline and body
            ("防控疫情的经验", "防控疫情，人人有责。"),                // 2: every bigram of 疫情防控, never the word
            ("新冠肺炎", "新冠，肺炎，病毒。"),                        // 3: the phrase across a separator
            ("新冠病毒", "新冠病毒肺炎的研究。"),                      // 4: the phrase's pieces apart
            ("經濟發展", "ＣＯＶＩＤ-19疫情下的全球經濟。"),           // 5: traditional and fullwidth text
            ("春耕", "covidiots 与 covid 无关。疫情防控。"),           // 6: words and prefixes
        ]
        for (index, article) in articles.enumerated() {
            try test.store([Article(headline: article.headline, paragraphs: [article.body])],
                           file: "p\(index + 1).txt", date: "2020-03-0\(index + 1)")
        }
        return test
    }

    private func ids(_ test: TestArchive, _ query: String) throws -> [Int64] {
        var request = SearchRequest(query: query)
        request.sort = .date
        return try test.folio.search(request).map(\.id)
    }

    func testAWordOfThreeOrMoreCharactersNeedsItsCharactersInOrder() throws {
        let test = try makeArchive()
        XCTAssertEqual(try ids(test, "疫情防控"), [1, 6])
        XCTAssertEqual(try test.folio.count(.init(query: "疫情防控")), 2, "防控疫情 holds every bigram but is not a match")
        XCTAssertEqual(try ids(test, "防控疫情"), [2])
    }

    func testAPhraseMatchesAcrossSeparatorsButNotWithTextBetween() throws {
        let test = try makeArchive()
        XCTAssertEqual(try ids(test, #""新冠 肺炎""#), [3])
        XCTAssertEqual(try ids(test, "“新冠 肺炎”"), [3])
        XCTAssertEqual(try ids(test, "新冠 肺炎"), [3, 4], "unquoted, both words anywhere")
        XCTAssertEqual(try ids(test, #""肺炎 新冠""#), [], "order matters")
    }

    func testColumnRestrictedTermsLookInTheirColumnOnly() throws {
        let test = try makeArchive()
        XCTAssertEqual(try ids(test, "headline:疫情防控"), [1])
        XCTAssertEqual(try ids(test, "body:疫情防控"), [1, 6])
        XCTAssertEqual(try ids(test, "headline:疫情"), [1, 2], "one token, but a column still needs the text")
        XCTAssertEqual(try test.folio.count(.init(query: "body:新冠 headline:病毒")), 1)
    }

    func testExcludingATermOfSeveralTokensIsExact() throws {
        let test = try makeArchive()
        XCTAssertEqual(try ids(test, "疫情 -疫情防控"), [2, 5])
        XCTAssertEqual(try ids(test, #"新冠 -"新冠 肺炎""#), [4])
        XCTAssertEqual(try ids(test, "疫情 -headline:疫情"), [5, 6])
        XCTAssertEqual(try test.folio.count(.init(query: "疫情 NOT 防控疫情")), 3)
    }

    func testPrefixesAndWholeWords() throws {
        let test = try makeArchive()
        XCTAssertEqual(try ids(test, "covid"), [5, 6])
        XCTAssertEqual(try ids(test, "covid*"), [5, 6])
        XCTAssertEqual(try ids(test, "covidi*"), [6])
        XCTAssertEqual(try ids(test, "\"19疫情\""), [5], "a word then a run: consecutive tokens")
        XCTAssertEqual(try ids(test, "covid 19"), [5])
        XCTAssertEqual(try ids(test, "\"covid 疫情\""), [], "19 lies between them")
    }

    func testTraditionalAndFullwidthTextIsFoundAsTheIndexFoldsIt() throws {
        let test = try makeArchive()
        XCTAssertEqual(try ids(test, "经济发展"), [5])
        XCTAssertEqual(try ids(test, "經濟發展"), [5])
        XCTAssertEqual(try ids(test, "\"covid-19疫情\""), [5])
        XCTAssertEqual(try ids(test, "全球经济"), [5])
    }

    func testORMixesExactAndCheckedTerms() throws {
        let test = try makeArchive()
        XCTAssertEqual(try ids(test, "疫情防控 OR 春耕"), [1, 6])
        XCTAssertEqual(try ids(test, "防控疫情 OR \"新冠 肺炎\""), [2, 3])
    }

    func testEveryQuestionThatUsesTheIndexIsExact() throws {
        let test = try makeArchive()
        var request = SearchRequest(query: "疫情防控")
        request.sort = .newest
        XCTAssertEqual(try test.folio.search(request).map(\.id), [6, 1])
        request.sort = .rank
        XCTAssertEqual(Set(try test.folio.search(request).map(\.id)), [1, 6])
        request.dates = try DateRange(since: "2020-03-02")
        XCTAssertEqual(try test.folio.search(request).map(\.id), [6])
        XCTAssertEqual(try test.folio.count(request), 1)
        request.dates = .all
        request.sourceGlob = "p1*"
        XCTAssertEqual(try test.folio.count(request), 1)

        let trend = try test.folio.trend(.init(query: "疫情防控"), by: .day)
        XCTAssertEqual(trend.filter { $0.count > 0 }.map(\.period), ["2020-03-01", "2020-03-06"])
        XCTAssertEqual(trend.map(\.count).reduce(0, +), 2)

        var headlines = HeadlineRequest()
        headlines.matching = "疫情防控"
        XCTAssertEqual(try test.folio.headlines(headlines).map(\.id), [1], "headline and subheadlines only")
        headlines.matching = "疫情 -防控疫情"
        XCTAssertEqual(try test.folio.headlines(headlines).map(\.id), [1])
        headlines.matching = "疫情"
        headlines.limit = 1
        XCTAssertEqual(try test.folio.headlines(headlines).map(\.id), [1])
    }

    func testPagingWalksVerifiedMatchesOnly() throws {
        let test = try makeArchive()
        var request = SearchRequest(query: "疫情 -疫情防控")
        request.limit = 1
        var seen: [Int64] = []
        for offset in 0..<3 {
            request.offset = offset
            seen += try test.folio.search(request).map(\.id)
        }
        XCTAssertEqual(Set(seen), [2, 5])
        XCTAssertEqual(seen.count, 2)
    }

    func testTheRankWindowHoldsVerifiedMatchesOnly() throws {
        let test = try TestArchive()
        // Odd articles hold the word, even ones only its bigrams.
        for k in 1...8 {
            let body = k % 2 == 0 ? "防控疫情，防控疫情。" : "疫情防控。"
            try test.store([Article(headline: "第\(k)篇", paragraphs: [body])], file: "p\(k).txt", date: nil)
        }
        var request = SearchRequest(query: "疫情防控")
        request.rankWindow = 2
        let ids = try test.folio.search(request).map(\.id)
        XCTAssertEqual(Set(ids.prefix(2)), [7, 5], "the two newest matches are ranked")
        XCTAssertEqual(Array(ids.dropFirst(2)), [3, 1], "the other matches follow, newest first")
        request.limit = 1
        request.offset = 3
        XCTAssertEqual(try test.folio.search(request).map(\.id), [1])
    }

    func testSnippetsMarkWhatMatched() throws {
        let test = try makeArchive()
        var request = SearchRequest(query: #""新冠 肺炎""#)
        request.highlight = ("[", "]")
        XCTAssertEqual(try test.folio.search(request).first?.snippet, "[新冠，肺炎]，病毒。")
    }

    func testRawQueriesGetFTS5sOwnLimitsAsUserErrors() throws {
        let test = try makeArchive()
        // A CJK word is a phrase to FTS5 (its bigrams and last character): refused too.
        for raw in [#""疫情防控""#, "春耕", "headline : 疫", "NEAR(疫 情)"] {
            var request = SearchRequest(query: raw)
            request.raw = true
            XCTAssertThrowsError(try test.folio.search(request), raw) { error in
                guard case .badSyntax = error as? QueryError else { return XCTFail("\(raw): \(error)") }
            }
        }
        var request = SearchRequest(query: "covid OR 耕")
        request.raw = true
        request.highlight = ("[", "]")
        let hits = try test.folio.search(request)
        XCTAssertEqual(Set(hits.map(\.id)), [5, 6])
        XCTAssertTrue(hits.allSatisfy { $0.snippet.contains("[") }, "\(hits.map(\.snippet))")
    }
}

/// Ranking in Swift (bm25 needs positions): the headline outweighs the
/// body, more hits outweigh fewer, rarer terms outweigh common ones.
final class RelevanceTests: XCTestCase {
    func testAHeadlineHitOutranksABodyHit() throws {
        let test = try TestArchive()
        try test.store([
            Article(headline: "春耕时节", paragraphs: ["各地农田一派忙碌景象，疫情防控不放松。"]),
            Article(headline: "疫情防控", paragraphs: ["各地农田一派忙碌景象，春耕时节到了。"]),
        ], file: "a.txt", date: "2020-03-28")
        let hits = try test.folio.search(.init(query: "疫情防控"))
        XCTAssertEqual(hits.map(\.headline), ["疫情防控", "春耕时节"])
        XCTAssertGreaterThan(hits[0].score, hits[1].score)
    }

    func testMoreHitsRankHigher() throws {
        let test = try TestArchive()
        for k in [1, 3, 2] {
            let body = Array(repeating: "疫情防控", count: k).joined(separator: "，") + String(repeating: "春", count: 20 - 5 * k) + "。"
            try test.store([Article(headline: "第\(k)篇", paragraphs: [body])], file: "p\(k).txt", date: nil)
        }
        XCTAssertEqual(try test.folio.search(.init(query: "疫情防控")).map(\.headline), ["第3篇", "第2篇", "第1篇"])
    }

    func testARareTermWeighsMoreThanACommonOne() throws {
        let test = try TestArchive()
        var articles = (0..<8).map { Article(headline: "消息\($0)", paragraphs: ["经济形势。"]) }
        articles.append(Article(headline: "甲", paragraphs: ["经济形势，经济形势。"]))
        articles.append(Article(headline: "乙", paragraphs: ["冬奥会开幕。经济形势。"]))
        try test.store(articles, file: "a.txt", date: nil)
        let hits = try test.folio.search(.init(query: "经济 OR 冬奥会"))
        XCTAssertEqual(hits.first?.headline, "乙", "one rare hit outweighs a second common one")
    }

    func testIndexStatisticsCountRowsAndTokens() throws {
        let test = try TestArchive()
        try test.store([Article(headline: "疫情防控", paragraphs: ["G20 峰会。"]), Article(headline: "春耕", paragraphs: ["忙。"])],
                       file: "a.txt", date: nil)
        let statistics = try test.archive.database.read { try IndexStatistics($0) }
        XCTAssertEqual(statistics.rowCount, 2)
        XCTAssertEqual(statistics.columnTokens[SearchColumn.headline.rawValue], 6, "one position per character")
        XCTAssertEqual(statistics.columnTokens[SearchColumn.body.rawValue], 4, "g20, 峰, 会, 忙")
        XCTAssertEqual(FolioTokenizer.FoldedText("G20 峰会。").positionCount, 3)
    }
}
