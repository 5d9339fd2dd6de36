import FolioIngest
import XCTest

final class ManifestTests: XCTestCase {
    func testReadsDatesPagesAndPapersByFileAndRelativePath() throws {
        let manifest = try Manifest(csv: """
            file,publication_date,page,paper
            a.txt,2021-07-02,01,人民日报
            "sub/b, c.txt",2021-07-03,,
            """)
        XCTAssertEqual(manifest.overrides(relativePath: "x/a.txt", fileName: "a.txt"),
                       PublicationOverrides(date: CivilDate(year: 2021, month: 7, day: 2), page: "01", paper: "人民日报"))
        XCTAssertEqual(manifest.overrides(relativePath: "sub/b, c.txt", fileName: "b, c.txt")?.date,
                       CivilDate(year: 2021, month: 7, day: 3))
        XCTAssertNil(manifest.overrides(relativePath: "sub/b, c.txt", fileName: "b, c.txt")?.page)
        XCTAssertNil(manifest.overrides(relativePath: "other.txt", fileName: "other.txt"))
    }

    func testColumnOrderAndCRLFDoNotMatter() throws {
        let manifest = try Manifest(csv: "publication_date,file\r\n2020-03-28,p.txt\r\n")
        XCTAssertEqual(manifest.overrides(relativePath: "p.txt", fileName: "p.txt")?.date, CivilDate(year: 2020, month: 3, day: 28))
    }

    func testRejectsMissingColumnsAndImpossibleDates() {
        XCTAssertThrowsError(try Manifest(csv: "name,date\na,2020-01-01\n")) { error in
            XCTAssertEqual(error as? Manifest.Failure, .missingColumns(found: ["name", "date"]))
        }
        XCTAssertThrowsError(try Manifest(csv: "file,publication_date\na.txt,2021-02-30\n")) { error in
            XCTAssertEqual(error as? Manifest.Failure, .badDate(line: 2, value: "2021-02-30"))
        }
    }
}
