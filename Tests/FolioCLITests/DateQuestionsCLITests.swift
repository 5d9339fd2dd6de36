import Foundation
import XCTest

/// The date questions of the date issue, answered through the binary on pages
/// whose publication dates come from their file names and a manifest.
final class DateQuestionsCLITests: XCTestCase {
    private func archive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.write("pages/rmrb_2020-03-28_p01.txt", Array("""
            湖北有序推进复工复产

            新华社武汉3月27日电（记者 张明）湖北省昨天召开新闻发布会，介绍全省
            复工复产进展。截至3月26日，全省规模以上工业企业复工率超过九成。

            发布会介绍，今年3月以来，湖北已有序恢复多条公交线路。

            """.utf8))
        try cli.write("pages/rmrb_2020-03-29_p01.txt", Array("""
            春耕生产全面展开

            本报北京3月28日电（记者 李芳）农业农村部28日介绍，今年春播进度快于去年同期，
            各地正抓紧春耕生产。

            """.utf8))
        try cli.write("pages/scan-7.txt", Array("""
            全国铁路恢复开行旅客列车

            本报讯 国铁集团表示，3月25日起全国铁路已恢复开行部分旅客列车。

            """.utf8))
        try cli.write("pages/manifest.csv", Array("file,publication_date,page\nscan-7.txt,2020-03-31,07\n".utf8))
        let result = try cli.run(["import", cli.folder.appendingPathComponent("pages").path, "--db", cli.db])
        XCTAssertEqual(result.code, 0, result.stderr)
        return cli
    }

    func testWhatRanOnADayAndInAPeriod() throws {
        let cli = try archive()
        let day = try cli.run(["headlines", "--date", "2020-03-28", "--db", cli.db, "--format", "jsonl"])
        XCTAssertEqual(day.code, 0, day.stderr)
        XCTAssertEqual(try day.jsonl().compactMap { $0["headline"] as? String }, ["湖北有序推进复工复产"])
        let period = try cli.run(["headlines", "--since", "2020-03-29", "--until", "2020-03-31", "--db", cli.db, "--format", "jsonl"])
        XCTAssertEqual(try period.jsonl().compactMap { $0["publication_date"] as? String }, ["2020-03-29", "2020-03-31"])
        XCTAssertEqual(try cli.run(["headlines", "--date", "2020-04-01", "--db", cli.db]).code, 1)
    }

    func testWhichArticlesMentionADate() throws {
        let cli = try archive()
        // "昨天" in a 3月27日 dateline of a 2020-03-28 paper is 2020-03-26, like "3月26日".
        let mentions = try cli.run(["mentions", "2020-03-26", "--db", cli.db, "--format", "jsonl"])
        XCTAssertEqual(mentions.code, 0, mentions.stderr)
        let rows = try mentions.jsonl()
        XCTAssertEqual(Set(rows.compactMap { $0["text"] as? String }), ["昨天", "3月26日"])
        XCTAssertTrue(rows.allSatisfy { ($0["sentence"] as? String)?.contains($0["text"] as! String) ?? false })
        XCTAssertTrue(rows.allSatisfy { $0["headline"] as? String == "湖北有序推进复工复产" })

        let march25 = try cli.run(["mentions", "03-25", "--db", cli.db, "--format", "jsonl"])
        XCTAssertEqual(try march25.jsonl().compactMap { $0["date"] as? String }, ["2020-03-25"])
        XCTAssertEqual(try march25.jsonl().compactMap { $0["publication_date"] as? String }, ["2020-03-31"])
        let iso = try cli.run(["mentions", "--db", cli.db, "--format", "jsonl", "--", "--03-25"])
        XCTAssertEqual(iso.stdout, march25.stdout)
        XCTAssertEqual(try cli.run(["mentions", "2020-02-30", "--db", cli.db]).code, 2)
    }

    func testTimelineOfPublicationAndMentionedDates() throws {
        let cli = try archive()
        let published = try cli.run(["dates", "--kind", "published", "--db", cli.db, "--format", "csv"])
        XCTAssertEqual(published.stdout, "kind,date,count\r\npublished,2020-03-28,1\r\npublished,2020-03-29,1\r\npublished,2020-03-31,1\r\n")
        let mentioned = try cli.run(["dates", "--kind", "mentioned", "--db", cli.db, "--format", "jsonl"])
        let dates = try mentioned.jsonl().compactMap { $0["date"] as? String }
        XCTAssertEqual(dates, dates.sorted())
        XCTAssertTrue(dates.contains("2020-03-26"))
        XCTAssertTrue(dates.contains("2020-03"))
        let trend = try cli.run(["trend", "春耕 OR 复工", "--by", "day", "--db", cli.db, "--format", "csv"])
        XCTAssertEqual(trend.stdout, "period,count\r\n2020-03-28,1\r\n2020-03-29,1\r\n")
    }
}
