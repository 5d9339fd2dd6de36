import Foundation
import XCTest
@testable import FolioIngest

/// Pages written by other hands, without sight of the reader, to measure how
/// it does on pages it was not built on (Fixtures/blind1 … Fixtures/blind60;
/// see their READMEs). Each was scored blind first; the figures before and
/// after the fixes they prompted are in the README. These tests keep the
/// reader from sliding back: blind1 must meet the 0.95 targets, blind2 (a
/// harder set) its current floor.
final class BlindPagesTests: XCTestCase {
    private struct Truth: Decodable {
        struct Mention: Decodable, Hashable {
            var text: String
            var date: String?
        }
        var publication_date: String?
        var mentioned_dates: [Mention]
    }

    private struct Result {
        var layout = LayoutScore()
        var datesFound = 0, datesTrue = 0, datesRight = 0
        var publicationRight = 0, pages = 0

        var datePrecision: Double { datesFound == 0 ? 1 : Double(datesRight) / Double(datesFound) }
        var dateRecall: Double { datesTrue == 0 ? 1 : Double(datesRight) / Double(datesTrue) }
    }

    private func score(_ set: String) throws -> Result {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(set)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(names.isEmpty)
        var result = Result()
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let rows = try String(contentsOf: folder.appendingPathComponent(String(name.dropLast(4)) + ".jsonl"), encoding: .utf8)
                .split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
            let layoutTruth = try rows.map { try JSONDecoder().decode(LayoutFixture.TruthArticle.self, from: Data($0.utf8)) }
            let truth = try rows.map { try JSONDecoder().decode(Truth.self, from: Data($0.utf8)) }
            let page = try PageIngest.ingest(bytes: bytes, path: name)
            let layout = LayoutScore.score(predicted: page.entries.map(\.article), truth: layoutTruth)
            result.layout = result.layout + layout

            // Dates: as multisets over the page, whitespace ignored in the text.
            func key(_ text: String, _ date: String?) -> String { String(text.filter { !$0.isWhitespace }) + "=" + (date ?? "null") }
            var expected: [String: Int] = [:]
            for mention in truth.flatMap(\.mentioned_dates) { expected[key(mention.text, mention.date), default: 0] += 1 }
            let found = page.entries.flatMap { $0.dates.all }.map { key($0.text, $0.date) }
            result.datesFound += found.count
            result.datesTrue += expected.values.reduce(0, +)
            for item in found where (expected[item] ?? 0) > 0 {
                expected[item]! -= 1
                result.datesRight += 1
            }
            result.pages += 1
            if page.publicationDate?.description == truth.first?.publication_date { result.publicationRight += 1 }
            print("BLIND \(set)/\(name): \(layout)")
        }
        print("BLIND \(set) total: \(result.layout); dates P \(result.datePrecision) R \(result.dateRecall); publication dates \(result.publicationRight)/\(result.pages)")
        return result
    }

    /// The lowest figures a set may score; 0.95 is the issue's target.
    private struct Floor {
        var articleF1 = 0.95, headline = 0.95, paragraphF1 = 0.95, byline = 0.95, datePrecision = 0.95, dateRecall = 0.95
        /// Pages whose truth departs from issue 4's publication-date rule (see the set's README).
        var publicationDatesAgainstTheIssue = 0
    }

    private func assertSet(_ set: String, keeps floor: Floor, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try score(set)
        XCTAssertGreaterThanOrEqual(result.layout.articleF1, floor.articleF1, "article F1", file: file, line: line)
        XCTAssertGreaterThanOrEqual(result.layout.headlineAccuracy, floor.headline, "headline", file: file, line: line)
        XCTAssertGreaterThanOrEqual(result.layout.paragraphF1, floor.paragraphF1, "paragraph F1", file: file, line: line)
        XCTAssertGreaterThanOrEqual(result.layout.bylineAccuracy, floor.byline, "byline", file: file, line: line)
        XCTAssertGreaterThanOrEqual(result.datePrecision, floor.datePrecision, "date precision", file: file, line: line)
        XCTAssertGreaterThanOrEqual(result.dateRecall, floor.dateRecall, "date recall", file: file, line: line)
        XCTAssertEqual(result.publicationRight, result.pages - floor.publicationDatesAgainstTheIssue, "publication dates", file: file, line: line)
    }

    func testFirstBlindSetMeetsTheTargets() throws {
        try assertSet("blind1", keeps: Floor())
    }

    func testSecondBlindSetKeepsItsFloor() throws {
        try assertSet("blind2", keeps: Floor(headline: 0.94, paragraphF1: 0.95))
    }

    func testThirdBlindSetKeepsItsFloor() throws {
        // 0.917 before `HeadStackRule.pair`, which reads its one long two-line meeting
        // title as headline and deck; the rule gained eighteen headlines on sets 7–18.
        try assertSet("blind3", keeps: Floor(headline: 0.91))
    }

    func testFourthBlindSetKeepsItsFloor() throws {
        // 0.947 until session 5: the stacked kicker (`HeadStackRule.cut`) reads "全省启动" / "基层医疗机构" /
        // "能力提升行动" as kicker and headline (ten headlines gained over sets 16–32, this one lost).
        try assertSet("blind4", keeps: Floor(headline: 0.92, datePrecision: 0.94))
    }

    /// Scored after the fixes set 4 prompted: its first run is the honest
    /// figure for unseen pages (see its README); the floor keeps today's.
    func testFifthBlindSetKeepsItsFloor() throws {
        try assertSet("blind5", keeps: Floor(articleF1: 0.95, headline: 0.86, paragraphF1: 0.95, byline: 0.95, dateRecall: 0.95))
    }

    /// The last set of session 2, scored after all earlier fixes (see its README).
    func testSixthBlindSetKeepsItsFloor() throws {
        try assertSet("blind6", keeps: Floor(articleF1: 0.95, headline: 0.94, paragraphF1: 0.92, byline: 0.99))
    }

    /// Sets 7–10 (session 3); their READMEs give the first runs. Set 7's
    /// author counts a dateline's date as a mention, the others do not.
    func testSeventhBlindSetKeepsItsFloor() throws {
        try assertSet("blind7", keeps: Floor(headline: 0.94, byline: 0.99, dateRecall: 0.87))
    }

    func testEighthBlindSetKeepsItsFloor() throws {
        try assertSet("blind8", keeps: Floor(articleF1: 0.96, headline: 0.96, paragraphF1: 0.91, byline: 0.96))
    }

    func testNinthBlindSetKeepsItsFloor() throws {
        try assertSet("blind9", keeps: Floor(articleF1: 0.98, headline: 0.96, paragraphF1: 0.98, byline: 0.99))
    }

    /// The set whose author glues heads to each other and to the text; its
    /// headline figure is low for two-line head blocks read as headline + deck.
    func testTenthBlindSetKeepsItsFloor() throws {
        try assertSet("blind10", keeps: Floor(articleF1: 0.99, headline: 0.92, paragraphF1: 0.96, byline: 0.99))
    }

    func testEleventhBlindSetMeetsTheTargets() throws {
        try assertSet("blind11", keeps: Floor(datePrecision: 0.96, dateRecall: 0.96))
    }

    func testTwelfthBlindSetKeepsItsFloor() throws {
        try assertSet("blind12", keeps: Floor(articleF1: 0.96, headline: 0.83, paragraphF1: 0.97, byline: 0.99))
    }

    /// Sets 13 and 14 count dates differently (今年/去年 and "8月份"), hence their date floors.
    func testThirteenthBlindSetKeepsItsFloor() throws {
        try assertSet("blind13", keeps: Floor(articleF1: 0.99, headline: 0.94, paragraphF1: 0.96, byline: 0.97, datePrecision: 0.63, dateRecall: 0.84))
    }

    func testFifteenthBlindSetKeepsItsFloor() throws {
        try assertSet("blind15", keeps: Floor(articleF1: 0.98, headline: 0.94, paragraphF1: 0.95, byline: 0.97, dateRecall: 0.94))
    }

    /// Kicker, headline and deck glued into one block on most pages.
    func testSixteenthBlindSetKeepsItsFloor() throws {
        try assertSet("blind16", keeps: Floor(articleF1: 0.99, headline: 0.88, paragraphF1: 0.94, byline: 0.96))
    }

    func testSeventeenthBlindSetKeepsItsFloor() throws {
        try assertSet("blind17", keeps: Floor(articleF1: 0.97, headline: 0.90, paragraphF1: 0.96, datePrecision: 0.92, dateRecall: 0.92))
    }

    func testEighteenthBlindSetKeepsItsFloor() throws {
        try assertSet("blind18", keeps: Floor(headline: 0.91, byline: 0.99))
    }

    /// Sets 19 and 20 were scored after every fix of session 3 and prompted none.
    func testNineteenthBlindSetKeepsItsFloor() throws {
        try assertSet("blind19", keeps: Floor(articleF1: 0.99, headline: 0.87, paragraphF1: 0.98, byline: 0.99, datePrecision: 0.92, dateRecall: 0.92))
    }

    /// Its paragraphs' first lines are one character short, not two.
    func testTwentiethBlindSetKeepsItsFloor() throws {
        try assertSet("blind20", keeps: Floor(articleF1: 0.99, headline: 0.99, paragraphF1: 0.84, byline: 0.99))
    }

    /// Sets 21 to 24 (session 4) were given a date convention that differs
    /// from issue 4's (昨天 from the publication date, year-less dates in the
    /// publication year), hence their date floors. Sets 21 and 22 were scored
    /// before any fix of the session and prompted some; 23 and 24 after the
    /// session's first fixes, prompting none.
    func testTwentyFirstBlindSetKeepsItsFloor() throws {
        try assertSet("blind21", keeps: Floor(articleF1: 0.99, headline: 0.86, paragraphF1: 0.98, byline: 0.99, datePrecision: 0.85, dateRecall: 0.86))
    }

    func testTwentySecondBlindSetKeepsItsFloor() throws {
        try assertSet("blind22", keeps: Floor(articleF1: 0.99, headline: 0.96, paragraphF1: 0.96, byline: 0.99, datePrecision: 0.86, dateRecall: 0.85))
    }

    func testTwentyThirdBlindSetKeepsItsFloor() throws {
        try assertSet("blind23", keeps: Floor(articleF1: 0.97, headline: 0.95, paragraphF1: 0.96, byline: 0.96, datePrecision: 0.94, dateRecall: 0.94))
    }

    func testTwentyFourthBlindSetKeepsItsFloor() throws {
        try assertSet("blind24", keeps: Floor(articleF1: 0.98, headline: 0.99, paragraphF1: 0.93, byline: 0.99, datePrecision: 0.88, dateRecall: 0.89))
    }

    /// Sets 25 and 26 (session 4) were scored after the session's first
    /// fixes; their first runs are the latest honest estimate, with the
    /// issue's date conventions.
    func testTwentyFifthBlindSetKeepsItsFloor() throws {
        try assertSet("blind25", keeps: Floor(articleF1: 0.92, headline: 0.80, paragraphF1: 0.86, byline: 0.96, datePrecision: 0.99, dateRecall: 0.91))
    }

    func testTwentySixthBlindSetKeepsItsFloor() throws {
        try assertSet("blind26", keeps: Floor(articleF1: 0.96, headline: 0.71, paragraphF1: 0.91, byline: 0.99, datePrecision: 0.98, dateRecall: 0.98))
    }

    /// Sets 27 and 28 were scored after every other fix of session 4.
    func testTwentySeventhBlindSetKeepsItsFloor() throws {
        try assertSet("blind27", keeps: Floor(articleF1: 0.98, headline: 0.94, paragraphF1: 0.95, byline: 0.99, datePrecision: 0.98, dateRecall: 0.96))
    }

    func testTwentyEighthBlindSetKeepsItsFloor() throws {
        try assertSet("blind28", keeps: Floor(articleF1: 0.96, headline: 0.74, paragraphF1: 0.95, byline: 0.96, datePrecision: 0.87, dateRecall: 0.88))
    }

    /// Sets 29 and 30 were written in session 5 and scored before any fix of its layout work.
    func testTwentyNinthBlindSetKeepsItsFloor() throws {
        try assertSet("blind29", keeps: Floor(articleF1: 0.98, headline: 0.90, paragraphF1: 0.93, byline: 0.96, datePrecision: 0.98, dateRecall: 0.98))
    }

    func testThirtiethBlindSetKeepsItsFloor() throws {
        try assertSet("blind30", keeps: Floor(articleF1: 0.96, headline: 0.96, paragraphF1: 0.94, byline: 0.99, datePrecision: 0.99, dateRecall: 0.96))
    }

    /// Sets 31 and 32 were scored after sets 29 and 30's fixes.
    func testThirtyFirstBlindSetKeepsItsFloor() throws {
        try assertSet("blind31", keeps: Floor(articleF1: 0.98, headline: 0.89, paragraphF1: 0.97, byline: 0.99, datePrecision: 0.99, dateRecall: 0.99))
    }

    func testThirtySecondBlindSetKeepsItsFloor() throws {
        try assertSet("blind32", keeps: Floor(articleF1: 0.98, headline: 0.92, paragraphF1: 0.86, byline: 0.96, datePrecision: 0.99, dateRecall: 0.99))
    }

    /// Sets 33 and 34 were scored at the end of session 5 (see their READMEs for set 33's publication dates).
    func testThirtyThirdBlindSetKeepsItsFloor() throws {
        try assertSet("blind33", keeps: Floor(articleF1: 0.99, headline: 0.89, paragraphF1: 0.97, byline: 0.99, datePrecision: 0.82, dateRecall: 0.81,
                                              publicationDatesAgainstTheIssue: 1))
    }

    func testThirtyFourthBlindSetKeepsItsFloor() throws {
        // Lowered in session 9 (article F1 0.98 → 0.96, byline 0.96 → 0.93): `ArticleBoundaryRule`'s
        // `sectioned` trade keeps a brief after a sectioned article inside it ("青少年航天科普活动启动").
        try assertSet("blind34", keeps: Floor(articleF1: 0.96, headline: 0.75, paragraphF1: 0.96, byline: 0.93, datePrecision: 0.92, dateRecall: 0.94))
    }

    /// Sets 35 and 36 were scored in session 6, after its wording and open-ended head rules.
    func testThirtyFifthBlindSetKeepsItsFloor() throws {
        try assertSet("blind35", keeps: Floor(articleF1: 0.98, headline: 0.91, paragraphF1: 0.98, byline: 0.97, datePrecision: 0.98, dateRecall: 0.98))
    }

    func testThirtySixthBlindSetKeepsItsFloor() throws {
        try assertSet("blind36", keeps: Floor(articleF1: 0.98, headline: 0.82, paragraphF1: 0.97, byline: 0.97, datePrecision: 0.98, dateRecall: 0.98))
    }

    /// Sets 37 and 38 were scored in session 6, after sets 35 and 36's fixes.
    func testThirtySeventhBlindSetKeepsItsFloor() throws {
        try assertSet("blind37", keeps: Floor(articleF1: 0.99, headline: 0.96, paragraphF1: 0.98, byline: 0.99, datePrecision: 0.99, dateRecall: 0.99))
    }

    func testThirtyEighthBlindSetKeepsItsFloor() throws {
        try assertSet("blind38", keeps: Floor(articleF1: 0.98, headline: 0.99, paragraphF1: 0.96, byline: 0.99, datePrecision: 0.98, dateRecall: 0.98))
    }

    /// Sets 39 and 40 were scored at the end of session 6, after the fixes sets 35–38 prompted.
    func testThirtyNinthBlindSetKeepsItsFloor() throws {
        try assertSet("blind39", keeps: Floor(articleF1: 0.99, headline: 0.99, paragraphF1: 0.99, byline: 0.99, datePrecision: 0.99, dateRecall: 0.99))
    }

    func testFortiethBlindSetKeepsItsFloor() throws {
        try assertSet("blind40", keeps: Floor(articleF1: 0.99, headline: 0.93, paragraphF1: 0.99, byline: 0.99, datePrecision: 0.99, dateRecall: 0.99))
    }

    /// Sets 41 and 42 were scored at the very end of session 6, after all its fixes.
    func testFortyFirstBlindSetKeepsItsFloor() throws {
        // Lowered in session 9 (article F1 0.99 → 0.98, byline 0.99 → 0.96): the `sectioned` trade
        // ("多地出台中小学生作业管理细则" stays a section head of the article above).
        try assertSet("blind41", keeps: Floor(articleF1: 0.98, headline: 0.82, paragraphF1: 0.97, byline: 0.96, datePrecision: 0.97, dateRecall: 0.98))
    }

    func testFortySecondBlindSetKeepsItsFloor() throws {
        try assertSet("blind42", keeps: Floor(articleF1: 0.98, headline: 0.90, paragraphF1: 0.97, byline: 0.96, datePrecision: 0.98, dateRecall: 0.96))
    }

    /// Sets 43 and 44 were scored at the start of session 7.
    func testFortyThirdBlindSetKeepsItsFloor() throws {
        try assertSet("blind43", keeps: Floor(articleF1: 0.99, headline: 0.86, paragraphF1: 0.99, byline: 0.99, datePrecision: 0.99, dateRecall: 0.99))
    }

    func testFortyFourthBlindSetKeepsItsFloor() throws {
        try assertSet("blind44", keeps: Floor(articleF1: 0.99, headline: 0.78, paragraphF1: 0.98, byline: 0.99, datePrecision: 0.97, dateRecall: 0.99))
    }

    /// Sets 45 and 46 were scored in the middle of session 7, after sets 43 and 44's fixes.
    func testFortyFifthBlindSetKeepsItsFloor() throws {
        try assertSet("blind45", keeps: Floor(articleF1: 0.96, headline: 0.83, paragraphF1: 0.92, byline: 0.96, datePrecision: 0.99, dateRecall: 0.99))
    }

    func testFortySixthBlindSetKeepsItsFloor() throws {
        try assertSet("blind46", keeps: Floor(articleF1: 0.99, headline: 0.90, paragraphF1: 0.98, byline: 0.99, datePrecision: 0.98, dateRecall: 0.99))
    }

    /// Sets 47 and 48 were scored near the end of session 7, after all its fixes.
    func testFortySeventhBlindSetKeepsItsFloor() throws {
        try assertSet("blind47", keeps: Floor(articleF1: 0.98, headline: 0.86, paragraphF1: 0.97, byline: 0.96, datePrecision: 0.99, dateRecall: 0.97))
    }

    func testFortyEighthBlindSetKeepsItsFloor() throws {
        try assertSet("blind48", keeps: Floor(articleF1: 0.98, headline: 0.93, paragraphF1: 0.92, byline: 0.99, datePrecision: 0.99, dateRecall: 0.99))
    }

    /// Sets 49 and 50 were scored at the end of session 7, after all its fixes.
    func testFortyNinthBlindSetKeepsItsFloor() throws {
        try assertSet("blind49", keeps: Floor(articleF1: 0.99, headline: 0.87, paragraphF1: 0.95, byline: 0.99, datePrecision: 0.98, dateRecall: 0.99))
    }

    func testFiftiethBlindSetKeepsItsFloor() throws {
        try assertSet("blind50", keeps: Floor(articleF1: 0.96, headline: 0.88, paragraphF1: 0.96, byline: 0.94, datePrecision: 0.98, dateRecall: 0.98))
    }

    func testFiftyFirstBlindSetKeepsItsFloor() throws {
        try assertSet("blind51", keeps: Floor(articleF1: 0.99, headline: 0.85, paragraphF1: 0.98, byline: 0.99, datePrecision: 0.98, dateRecall: 0.98))
    }

    func testFiftySecondBlindSetKeepsItsFloor() throws {
        try assertSet("blind52", keeps: Floor(articleF1: 0.99, headline: 0.93, paragraphF1: 0.96, byline: 0.99, datePrecision: 0.98, dateRecall: 0.98))
    }

    func testFiftyThirdBlindSetKeepsItsFloor() throws {
        try assertSet("blind53", keeps: Floor(articleF1: 0.99, headline: 0.87, paragraphF1: 0.98, byline: 0.96, datePrecision: 0.99, dateRecall: 0.98))
    }

    func testFiftyFourthBlindSetKeepsItsFloor() throws {
        try assertSet("blind54", keeps: Floor(articleF1: 0.98, headline: 0.80, paragraphF1: 0.97, byline: 0.96, datePrecision: 0.91, dateRecall: 0.93))
    }

    func testFiftyFifthBlindSetKeepsItsFloor() throws {
        try assertSet("blind55", keeps: Floor(articleF1: 0.99, headline: 0.96, paragraphF1: 0.96, byline: 0.99, datePrecision: 0.98, dateRecall: 0.98))
    }

    func testFiftySixthBlindSetKeepsItsFloor() throws {
        try assertSet("blind56", keeps: Floor(articleF1: 0.99, headline: 0.97, paragraphF1: 0.99, byline: 0.99, datePrecision: 0.98, dateRecall: 0.98))
    }

    func testFiftySeventhBlindSetKeepsItsFloor() throws {
        try assertSet("blind57", keeps: Floor(articleF1: 0.99, headline: 0.93, paragraphF1: 0.99, byline: 0.99, datePrecision: 0.99, dateRecall: 0.99))
    }

    func testFiftyEighthBlindSetKeepsItsFloor() throws {
        try assertSet("blind58", keeps: Floor(articleF1: 0.99, headline: 0.99, paragraphF1: 0.99, byline: 0.99, datePrecision: 0.98, dateRecall: 0.99))
    }

    func testFiftyNinthBlindSetKeepsItsFloor() throws {
        try assertSet("blind59", keeps: Floor(articleF1: 0.99, headline: 0.87, paragraphF1: 0.99, byline: 0.99, datePrecision: 0.99, dateRecall: 0.99))
    }

    func testSixtiethBlindSetKeepsItsFloor() throws {
        try assertSet("blind60", keeps: Floor(articleF1: 0.99, headline: 0.96, paragraphF1: 0.99, byline: 0.99, datePrecision: 0.99, dateRecall: 0.99))
    }

    func testFourteenthBlindSetKeepsItsFloor() throws {
        try assertSet("blind14", keeps: Floor(articleF1: 0.98, headline: 0.96, paragraphF1: 0.95, byline: 0.96, datePrecision: 0.83, dateRecall: 0.82))
    }
}
