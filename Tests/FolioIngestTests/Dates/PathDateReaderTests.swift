import XCTest
@testable import FolioIngest

/// Publication date and page from the file path, with counter-cases.
final class PathDateReaderTests: XCTestCase {
    private func read(_ path: String) -> (date: String?, page: String?) {
        let info = PublicationInfo.fromPath(path)
        return (info.date?.description, info.page)
    }

    private func assertRead(_ path: String, _ date: String?, _ page: String?, file: StaticString = #filePath, line: UInt = #line) {
        let result = read(path)
        XCTAssertEqual(result.date, date, "date of \(path)", file: file, line: line)
        XCTAssertEqual(result.page, page, "page of \(path)", file: file, line: line)
    }

    func testDatesInTheFileName() {
        assertRead("2021-07-02.txt", "2021-07-02", nil)
        assertRead("20210702.txt", "2021-07-02", nil)
        assertRead("2021_07_02.txt", "2021-07-02", nil)
        assertRead("2021.07.02.txt", "2021-07-02", nil)
        assertRead("/archive/rmrb2021-7-2.txt", "2021-07-02", nil)
        assertRead("rmrb20210702.txt", "2021-07-02", nil)
        assertRead("人民日报2021年7月2日.txt", "2021-07-02", nil)
    }

    func testDatesAndPagesTogether() {
        assertRead("rmrb_2021-07-02_p04.txt", "2021-07-02", "04")
        assertRead("20210702-04.txt", "2021-07-02", "04")
        assertRead("2021_07_02_A05.txt", "2021-07-02", "A05")
        assertRead("/data/2021/07/02/A05.txt", "2021-07-02", "A05")
        assertRead("/data/2021/07/02/04.txt", "2021-07-02", "04")
        assertRead("/data/2021-07-02/rmrb_p4.txt", "2021-07-02", "4")
        assertRead("/data/20210702/page12.txt", "2021-07-02", "12")
        assertRead("rmrb-2021-07-02-第04版.txt", "2021-07-02", "04")
    }

    func testFileNameDateWinsOverFolders() {
        assertRead("/2020/01/01/rmrb_2021-07-02_p04.txt", "2021-07-02", "04")
    }

    func testSeedNameGivesNeitherDateNorPage() {
        assertRead("000_e46b5dd20027eeff.txt", nil, nil)
        assertRead("/work/shared/seeds/000_e46b5dd20027eeff.txt", nil, nil)
    }

    func testHashDigitsNeverMakeADate() {
        XCTAssertTrue(PathDateReader.isHash("e46b5dd20027eeff"))
        assertRead("ab20210702cdef.txt", nil, nil)
        XCTAssertFalse(PathDateReader.isHash("rmrb20210702"))
    }

    func testImpossibleDatesAreRejected() {
        assertRead("20211302.txt", nil, nil)
        assertRead("2021-02-30.txt", nil, nil)
        assertRead("12345678.txt", nil, nil)
        assertRead("18991231.txt", nil, nil)
        assertRead("/data/2021/13/02/A05.txt", nil, "A05")
    }

    func testPageIsNeverReadFromTheDatesDigits() {
        assertRead("2021-07-02.txt", "2021-07-02", nil)
        assertRead("/data/2021/07/02.txt", "2021-07-02", nil)
    }

    func testBareNumbersAreNoPageWithoutADate() {
        assertRead("04.txt", nil, nil)
        assertRead("report_2021.txt", nil, nil)
        assertRead("scan-17.txt", nil, nil)
    }

    func testPageMarkersWithoutDate() {
        assertRead("rmrb_p04.txt", nil, "04")
        assertRead("B12.txt", nil, "B12")
    }

    func testPageZeroIsNoPage() {
        assertRead("/data/2021/07/02/000_e46b5dd20027eeff.txt", "2021-07-02", nil)
        assertRead("2021-07-02_p00.txt", "2021-07-02", nil)
    }

    func testEmptyPath() {
        assertRead("", nil, nil)
    }
}
