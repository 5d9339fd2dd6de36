@testable import FolioIngest
import Foundation
import XCTest

final class SectionReaderTests: XCTestCase {
    func testCutsAfterTheFirstBlankLinePastTheTargetSize() {
        let text = Array("ab\n\ncd\nef\n\ngh".utf8)
        XCTAssertEqual(SectionReader.cut(in: text, atLeast: 1, blankLineOnly: true), 4)
        XCTAssertEqual(SectionReader.cut(in: text, atLeast: 5, blankLineOnly: true), 11)
        XCTAssertEqual(SectionReader.cut(in: text, atLeast: 5, blankLineOnly: false), 7)
        XCTAssertEqual(SectionReader.cut(in: Array("ab\r\n\r\ncd".utf8), atLeast: 1, blankLineOnly: true), 6)
        XCTAssertNil(SectionReader.cut(in: Array("ab\ncd".utf8), atLeast: 1, blankLineOnly: true))
        XCTAssertNil(SectionReader.cut(in: text, atLeast: 12, blankLineOnly: false))
    }

    func testSectionsCoverTheFileExactlyWithTheirOffsets() throws {
        let text = (1...50).map { "第\($0)段，春耕时节。\n\n" }.joined() + "末行没有换行"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sections-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(text.utf8).write(to: url)
        var reader = SectionReader(handle: try FileHandle(forReadingFrom: url), targetSize: 100)
        var joined: [UInt8] = []
        var count = 0
        while let section = try reader.next() {
            XCTAssertEqual(section.offset, joined.count)
            if section.offset + section.bytes.count < text.utf8.count {
                XCTAssertEqual(Array(section.bytes.suffix(2)), [0x0A, 0x0A], "a section ends at a blank line")
                XCTAssertGreaterThanOrEqual(section.bytes.count, 100)
            }
            joined += section.bytes
            count += 1
        }
        XCTAssertEqual(joined, Array(text.utf8))
        XCTAssertGreaterThan(count, 5)
    }
}
