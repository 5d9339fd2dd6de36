@testable import FolioQuery
import FolioIngest
import XCTest

final class RankWindowTests: XCTestCase {
    /// Ten articles mentioning 疫情; article k mentions it k times, so with
    /// articles of equal length the later ones score higher.
    private func makeArchive() throws -> TestArchive {
        let test = try TestArchive()
        for k in 1...10 {
            let body = String(repeating: "疫情", count: k) + String(repeating: "春", count: 30 - 2 * k) + "。"
            try test.store([Article(headline: "第\(k)篇", paragraphs: [body])], file: "p\(k).txt", date: "2020-03-\(10 + k)")
        }
        return test
    }

    private func ids(_ test: TestArchive, window: Int?, limit: Int = 20, offset: Int = 0) throws -> [Int64] {
        var request = SearchRequest(query: "疫情")
        request.rankWindow = window
        request.limit = limit
        request.offset = offset
        return try test.folio.search(request).map(\.id)
    }

    func testWithoutAWindowEveryMatchIsRanked() throws {
        let test = try makeArchive()
        let hits = try test.folio.search({ var r = SearchRequest(query: "疫情"); r.rankWindow = nil; return r }())
        XCTAssertEqual(hits.count, 10)
        XCTAssertEqual(hits.map(\.score), hits.map(\.score).sorted(by: >))
    }

    func testTheNewestMatchesAreRankedAndTheRestFollowNewestFirst() throws {
        let test = try makeArchive()
        let all = try ids(test, window: nil)
        let windowed = try ids(test, window: 4)
        XCTAssertEqual(Set(windowed), Set(all), "the window orders matches, it never drops one")
        let newest = Array(all.sorted(by: >).prefix(4))
        XCTAssertEqual(Set(windowed.prefix(4)), Set(newest))
        XCTAssertEqual(Array(windowed.dropFirst(4)), all.sorted(by: >).dropFirst(4).map { $0 })
    }

    func testPagesAcrossTheWindowEdgeJoinUp() throws {
        let test = try makeArchive()
        let whole = try ids(test, window: 4)
        var paged: [Int64] = []
        for offset in stride(from: 0, to: 10, by: 3) { paged += try ids(test, window: 4, limit: 3, offset: offset) }
        XCTAssertEqual(paged, whole)
    }

    func testAWindowLargerThanTheMatchesChangesNothing() throws {
        let test = try makeArchive()
        XCTAssertEqual(try ids(test, window: 10), try ids(test, window: nil))
        XCTAssertEqual(try ids(test, window: 1000), try ids(test, window: nil))
    }

    func testHugeLimitsAndWindowsDoNotOverflow() throws {
        let test = try makeArchive()
        XCTAssertEqual(try ids(test, window: 4, limit: Int.max, offset: 1).count, 9)
        XCTAssertEqual(try ids(test, window: nil, limit: Int.max, offset: 1).count, 9)
        XCTAssertEqual(try ids(test, window: Int.max).count, 10)
        XCTAssertEqual(try ids(test, window: 4, limit: -1).count, 10, "a negative limit is no limit")
        XCTAssertEqual(try ids(test, window: 4, offset: -3), try ids(test, window: 4), "a negative offset is none")
    }

    func testFiltersApplyBeforeTheWindow() throws {
        let test = try makeArchive()
        var request = SearchRequest(query: "疫情")
        request.rankWindow = 4
        let unfiltered = try test.folio.search(request).map(\.id)
        request.dates = try DateRange(since: "2020-03-01")
        XCTAssertEqual(try test.folio.search(request).map(\.id), unfiltered, "a filter that keeps everything changes nothing")
        request.dates = try DateRange(until: "2020-03-15")
        let early = try test.folio.search(request)
        XCTAssertEqual(early.count, 5)
        XCTAssertTrue(early.allSatisfy { ($0.publicationDate ?? "") <= "2020-03-15" })
        XCTAssertEqual(Array(early.prefix(4)).map(\.score), early.prefix(4).map(\.score).sorted(by: >), "the window is ranked")
    }
}

final class HitMarkerTests: XCTestCase {
    private func mark(_ query: String, _ text: String, column: String = "body") -> String? {
        HitMarker(terms: SearchQuery(parsing: query).matcher.positiveTerms)
            .mark(text, column: SearchColumn(name: column)!, open: "[", close: "]")
    }

    func testZeroWidthMarksAreSkippedAsTheIndexSkipsThem() {
        XCTAssertEqual(mark("疫情", "抗击疫\u{FE0F}情"), "抗击[疫\u{FE0F}情]")
        XCTAssertEqual(mark("covid", "co\u{200B}vid"), "[co\u{200B}vid]")
        XCTAssertNil(mark("covid", "ab\u{200B}covid"), "one word to the index: abcovid")
    }

    func testOverlappingRepeatsAreMarkedWhole() {
        XCTAssertEqual(mark("哈哈", "哈哈哈"), "[哈哈哈]")
    }

    func testAColumnTermIsMarkedInItsColumnOnly() {
        XCTAssertNil(mark("headline:疫情", "疫情好转", column: "body"))
        XCTAssertEqual(mark("headline:疫情", "疫情好转", column: "headline"), "[疫情]好转")
    }

    func testCJKRunsWhereverTheyOccur() {
        XCTAssertEqual(mark("疫情", "疫情防控，抗击疫情。"), "[疫情]防控，抗击[疫情]。")
        XCTAssertEqual(mark("\"新冠 肺炎\"", "新冠肺炎疫情"), "[新冠肺炎]疫情", "a phrase is marked whole")
        XCTAssertEqual(mark("\"新冠 肺炎\"", "新冠，肺炎"), "[新冠，肺炎]", "separators inside a phrase are part of its hit")
        XCTAssertNil(mark("\"新冠 肺炎\"", "新冠病毒，肺炎"), "pieces apart are not the phrase")
        XCTAssertNil(mark("疫情", "春天来了。"))
    }

    func testWordsAreWholeAndPrefixesOpenWords() {
        XCTAssertEqual(mark("covid", "COVID-19 and covidiots"), "[COVID]-19 and covidiots")
        XCTAssertEqual(mark("covid*", "COVID-19 and covidiots"), "[COVID]-19 and [covidiots]", "the word a prefix matched, as highlight() marks it")
        XCTAssertEqual(mark("g20", "在G20峰会上"), "在[G20]峰会上")
        XCTAssertNil(mark("g2", "在G20峰会上"))
    }

    func testFoldingKeepsTheTextAsWritten() {
        XCTAssertEqual(mark("疫情", "抗擊疫情"), "抗擊[疫情]")
        XCTAssertEqual(mark("经济", "經濟發展"), "[經濟]發展", "traditional text is found by a simplified query")
        XCTAssertEqual(mark("gdp", "ＧＤＰ增长"), "[ＧＤＰ]增长")
    }

    func testExcludedTermsAreNotMarked() {
        XCTAssertEqual(mark("疫情 -湖北", "湖北疫情"), "湖北[疫情]")
    }
}
