import FolioIngest
import FolioQuery
import XCTest

final class QueryTests: XCTestCase {
    /// Three small articles on two days, stored directly.
    private func makeArchive() throws -> TestArchive {
        let test = try TestArchive()
        try test.store([
            Article(headline: "湖北有序复工复产", subheadlines: ["经济社会秩序加快恢复"], byline: "新华社电",
                    paragraphs: ["湖北省要同有关省份加强对接。", "疫情防控取得阶段性重要成效。"]),
            Article(headline: "春耕时节农田忙", paragraphs: ["各地农田一派忙碌景象，春播进度快于去年同期。"]),
        ], file: "rmrb_2020-03-28_p01.txt", date: "2020-03-28")
        try test.store([
            Article(headline: "G20特别峰会达成共识", paragraphs: ["二十国集团领导人应对疫情特别峰会在线举行，G20成员表示支持。"]),
        ], file: "rmrb_2020-04-02_p03.txt", date: "2020-04-02",
           dates: [ArticleDates(body: [DateMention(text: "3月26日", start: 0, length: 5, date: "2020-03-26", granularity: .day)])])
        return test
    }

    func testSearchFindsTwoCharacterWordsInEveryArticleThatHasThem() throws {
        let test = try makeArchive()
        let hits = try test.folio.search(.init(query: "疫情"))
        XCTAssertEqual(Set(hits.map(\.headline)), ["湖北有序复工复产", "G20特别峰会达成共识"])
        XCTAssertEqual(try test.folio.count(.init(query: "疫情")), 2)
        XCTAssertEqual(try test.folio.search(.init(query: "春播")).map(\.headline), ["春耕时节农田忙"])
        XCTAssertEqual(try test.folio.search(.init(query: "g20")).map(\.headline), ["G20特别峰会达成共识"])
        XCTAssertTrue(try test.folio.search(.init(query: "台风")).isEmpty)
    }

    func testHeadlineHitsRankAboveBodyHits() throws {
        let test = try makeArchive()
        try test.store([Article(headline: "其他新闻", paragraphs: ["湖北的春天来了，湖北很美。"])], file: "x.txt", date: "2020-03-29")
        let hits = try test.folio.search(.init(query: "湖北"))
        XCTAssertEqual(hits.first?.headline, "湖北有序复工复产")
        XCTAssertEqual(hits.count, 2)
        XCTAssertGreaterThan(hits[0].score, hits[1].score)
    }

    func testSnippetMarksWholeWordsInACharacterWindow() throws {
        let test = try makeArchive()
        var request = SearchRequest(query: "春播")
        request.snippetLength = 10
        request.highlight = ("[", "]")
        let snippet = try XCTUnwrap(test.folio.search(request).first?.snippet)
        XCTAssertTrue(snippet.contains("[春播]"), snippet)
        let plain = snippet.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
            .replacingOccurrences(of: "…", with: "")
        XCTAssertEqual(plain.count, 10, snippet)
    }

    func testFiltersByDateAndSource() throws {
        let test = try makeArchive()
        var request = SearchRequest(query: "疫情")
        request.dates = try DateRange(since: "2020-04")
        XCTAssertEqual(try test.folio.search(request).map(\.publicationDate), ["2020-04-02"])
        request.dates = try DateRange(until: "2020-03-31")
        XCTAssertEqual(try test.folio.search(request).map(\.publicationDate), ["2020-03-28"])
        request.dates = .all
        request.sourceGlob = "*p03*"
        XCTAssertEqual(try test.folio.search(request).map(\.source), ["rmrb_2020-04-02_p03.txt"])
    }

    func testSortByDateAndPaging() throws {
        let test = try makeArchive()
        var request = SearchRequest(query: "疫情")
        request.sort = .newest
        XCTAssertEqual(try test.folio.search(request).map(\.publicationDate), ["2020-04-02", "2020-03-28"])
        request.sort = .date
        request.limit = 1
        request.offset = 1
        XCTAssertEqual(try test.folio.search(request).map(\.publicationDate), ["2020-04-02"])
    }

    func testEmptyAndBadQueriesAreUserErrors() throws {
        let test = try makeArchive()
        XCTAssertThrowsError(try test.folio.search(.init(query: "   "))) { error in
            guard case .emptyQuery = error as? QueryError else { return XCTFail("\(error)") }
        }
        var raw = SearchRequest(query: "疫情 AND (")
        raw.raw = true
        XCTAssertThrowsError(try test.folio.search(raw)) { error in
            guard case .badSyntax = error as? QueryError else { return XCTFail("\(error)") }
        }
    }

    func testHeadlinesByDateAndByWord() throws {
        let test = try makeArchive()
        var request = HeadlineRequest()
        request.dates = try DateRange(date: "2020-03-28")
        let rows = try test.folio.headlines(request)
        XCTAssertEqual(rows.map(\.headline), ["湖北有序复工复产", "春耕时节农田忙"])
        XCTAssertEqual(rows.first?.subheadlines, ["经济社会秩序加快恢复"])
        request = HeadlineRequest()
        request.matching = "峰会"
        XCTAssertEqual(try test.folio.headlines(request).map(\.headline), ["G20特别峰会达成共识"])
        request.matching = "疫情"  // only in bodies
        XCTAssertTrue(try test.folio.headlines(request).isEmpty)
    }

    func testMentionsTimelineAndTrend() throws {
        let test = try makeArchive()
        let hits = try test.folio.mentions(of: DatePattern(parsing: "2020-03"))
        XCTAssertEqual(hits.map(\.text), ["3月26日"])
        XCTAssertEqual(hits.first?.sentence, "二十国集团领导人应对疫情特别峰会在线举行，G20成员表示支持。")
        XCTAssertEqual(try test.folio.mentions(of: DatePattern(parsing: "--03-26")).count, 1)
        XCTAssertTrue(try test.folio.mentions(of: DatePattern(parsing: "2020-03-27")).isEmpty)

        let timeline = try test.folio.timeline()
        XCTAssertEqual(timeline.filter { $0.kind == .published }.map(\.count), [2, 1])
        XCTAssertEqual(timeline.filter { $0.kind == .mentioned }.map(\.date), ["2020-03-26"])

        let trend = try test.folio.trend(.init(query: "疫情"), by: .month)
        XCTAssertEqual(trend, [TrendPoint(period: "2020-03", count: 1), TrendPoint(period: "2020-04", count: 1)])
        let daily = try test.folio.trend(.init(query: "疫情"), by: .day)
        XCTAssertEqual(daily.count, 6)  // 03-28 … 04-02, gaps included
        XCTAssertEqual(daily.map(\.count).reduce(0, +), 2)
    }

    func testDatePatternsRefuseImpossibleDates() {
        for bad in ["2021-02-30", "13/45", "2021-13", "--02-30", "20", "2021-1-1", ""] {
            XCTAssertThrowsError(try DatePattern(parsing: bad), bad)
        }
        XCTAssertEqual(try DatePattern(parsing: "--03-25").description, "--03-25")
        XCTAssertEqual(try DatePattern(parsing: "03-25"), try DatePattern(parsing: "--03-25"))
        XCTAssertThrowsError(try DatePattern(parsing: "02-30"))
        XCTAssertThrowsError(try DateRange(since: "2020-05-01", until: "2020-04-01"))
    }

    func testArticleRecordCarriesEveryField() throws {
        let test = try makeArchive()
        var records: [ArticleRecord] = []
        try test.folio.exportArticles { records.append($0) }
        XCTAssertEqual(records.count, 3)
        let first = try XCTUnwrap(records.first)
        XCTAssertEqual(first.byline, "新华社电")
        XCTAssertEqual(first.paragraphs, ["湖北省要同有关省份加强对接。", "疫情防控取得阶段性重要成效。"])
        XCTAssertEqual(try test.folio.article(id: first.id), first)
        XCTAssertEqual(records.last?.mentionedDates, [MentionedDate(text: "3月26日", date: "2020-03-26")])
        XCTAssertNil(try test.folio.article(id: 999))
    }
}
