import XCTest
@testable import FolioIngest

/// The article's reference date: dateline month and day, publication year.
final class ReferenceDateTests: XCTestCase {
    func testDatelineParsing() {
        XCTAssertEqual(Dateline(byline: "新华社北京7月1日电（记者 王晓明）"), Dateline(month: 7, day: 1))
        XCTAssertEqual(Dateline(byline: "本报北京5月12日电"), Dateline(month: 5, day: 12))
        XCTAssertEqual(Dateline(byline: "新华社华盛顿12月31日电"), Dateline(month: 12, day: 31))
        XCTAssertEqual(Dateline(byline: "（吉隆坡17日讯）"), Dateline(month: nil, day: 17))
        XCTAssertEqual(Dateline(byline: "（新加坡17日综合电）"), Dateline(month: nil, day: 17))
        XCTAssertEqual(Dateline(byline: "中新社北京5月11日電"), Dateline(month: 5, day: 11), "traditional characters")
        XCTAssertEqual(Dateline(byline: "本报北京27日电"), Dateline(month: nil, day: 27))
        XCTAssertEqual(Dateline(byline: "本报5月12日讯"), Dateline(month: 5, day: 12))
        XCTAssertEqual(Dateline(byline: "新华社十堰3月1日电"), Dateline(month: 3, day: 1))
    }

    func testBylinesWithoutDatedDateline() {
        XCTAssertNil(Dateline(byline: "新华社电"))
        XCTAssertNil(Dateline(byline: "本报记者 王晓明"))
        XCTAssertNil(Dateline(byline: "（7月1日 摄影 王晓明）"))
    }

    func testDatelineTakesPublicationYear() {
        let reference = ReferenceDate.forArticle(byline: "新华社北京7月1日电", publicationDate: civil("2021-07-02"))
        XCTAssertEqual(reference?.civilDate, civil("2021-07-01"))
    }

    func testDatelineAfterPublicationDateIsInThePreviousYear() {
        let reference = ReferenceDate.forArticle(byline: "新华社华盛顿12月31日电", publicationDate: civil("2022-01-01"))
        XCTAssertEqual(reference?.civilDate, civil("2021-12-31"))
    }

    func testDayOnlyDatelineTakesPublicationMonthOrTheOneBefore() {
        XCTAssertEqual(
            ReferenceDate.forArticle(byline: "本报北京27日电", publicationDate: civil("2020-03-28"))?.civilDate,
            civil("2020-03-27"))
        XCTAssertEqual(
            ReferenceDate.forArticle(byline: "本报北京31日电", publicationDate: civil("2022-01-01"))?.civilDate,
            civil("2021-12-31"))
    }

    func testNoDatelineFallsBackToPublicationDate() {
        XCTAssertEqual(ReferenceDate.forArticle(byline: "新华社电", publicationDate: civil("2020-03-28"))?.civilDate,
                       civil("2020-03-28"))
        XCTAssertEqual(ReferenceDate.forArticle(byline: nil, publicationDate: civil("2020-03-28"))?.civilDate,
                       civil("2020-03-28"))
    }

    func testNeitherGivesNoReference() {
        XCTAssertNil(ReferenceDate.forArticle(byline: "新华社电", publicationDate: nil))
        XCTAssertNil(ReferenceDate.forArticle(byline: nil, publicationDate: nil))
    }

    func testDatelineWithoutPublicationDateKeepsMonthAndDay() {
        let reference = ReferenceDate.forArticle(byline: "新华社北京7月1日电", publicationDate: nil)
        XCTAssertEqual(reference, ReferenceDate(month: 7, day: 1))
        XCTAssertNil(reference?.civilDate)
    }

    func testYearBoundaryThroughTheWholeArticle() {
        let article = Article(
            headline: "新年贺词",
            byline: "新华社华盛顿12月31日电",
            paragraphs: ["美国总统30日表示，昨天的会议取得进展。", "今年以来，12月以来，1月1日将生效。"])
        let dates = DateFinder.dates(in: article, publicationDate: civil("2022-01-01"))
        XCTAssertEqual(dates.body.map { TextAndDate($0.text, $0.date) }, [
            TextAndDate("30日", "2021-12-30"), TextAndDate("昨天", "2021-12-30"),
            TextAndDate("今年", "2021"), TextAndDate("12月", "2021-12"), TextAndDate("1月1日", "2021-01-01"),
        ])
    }
}
