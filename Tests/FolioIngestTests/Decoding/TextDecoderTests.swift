import FolioIngest
import Foundation
import XCTest

final class TextDecoderTests: XCTestCase {
    private let expected = "本报北京5月12日电 （记者 李芳）春耕时节，\n各地农田一派忙碌景象。\n\n农业农村部介绍，今年春播\n进度快于去年同期。\n\n春播进度快于去年同期\n"

    private func fixture(_ name: String) throws -> [UInt8] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/encodings/\(name)", withExtension: nil))
        return [UInt8](try Data(contentsOf: url))
    }

    private func failure(_ bytes: [UInt8]) -> DecodingFailure? {
        do {
            _ = try TextDecoder.decode(bytes)
            return nil
        } catch {
            return error
        }
    }

    func testPlainUTF8() throws {
        let decoded = try TextDecoder.decode(fixture("page-utf8.txt"))
        XCTAssertEqual(decoded.encoding, .utf8)
        XCTAssertEqual(decoded.text, expected)
    }

    func testUTF8WithBOMAndCRLF() throws {
        let decoded = try TextDecoder.decode(fixture("page-utf8-bom-crlf.txt"))
        XCTAssertEqual(decoded.encoding, .utf8BOM)
        XCTAssertEqual(decoded.text, expected)
    }

    func testUTF16LittleEndianWithBOM() throws {
        let decoded = try TextDecoder.decode(fixture("page-utf16le-bom.txt"))
        XCTAssertEqual(decoded.encoding, .utf16LE)
        XCTAssertEqual(decoded.text, expected)
    }

    func testUTF16BigEndianWithBOMAndCarriageReturns() throws {
        let decoded = try TextDecoder.decode(fixture("page-utf16be-bom-cr.txt"))
        XCTAssertEqual(decoded.encoding, .utf16BE)
        XCTAssertEqual(decoded.text, expected)
    }

    func testGB18030() throws {
        let decoded = try TextDecoder.decode(fixture("page-gb18030.txt"))
        XCTAssertEqual(decoded.encoding, .gb18030)
        XCTAssertEqual(decoded.text, expected)
    }

    func testGB18030FourByteSequence() throws {
        // U+20000 (𠀀) is a four-byte sequence in GB18030: 0x95 0x32 0x82 0x36.
        let decoded = try TextDecoder.decode([0x95, 0x32, 0x82, 0x36, 0x0A])
        XCTAssertEqual(decoded.encoding, .gb18030)
        XCTAssertEqual(decoded.text, "𠀀\n")
    }

    func testChinesePunctuationIsKeptAsWritten() throws {
        let decoded = try TextDecoder.decode(Array("３月，“回头看”。ＡＢＣ".utf8))
        XCTAssertEqual(decoded.text, "３月，“回头看”。ＡＢＣ")
    }

    func testTruncatedUTF8IsRejectedWithOffset() throws {
        let bytes = try fixture("truncated-utf8.txt")
        guard case .invalid(let offset, let detail) = failure(bytes) else {
            return XCTFail("expected .invalid, got \(String(describing: failure(bytes)))")
        }
        XCTAssertEqual(offset, bytes.count - 2)
        XCTAssertTrue(detail.contains("cut off"), detail)
    }

    func testBrokenUTF8InTheMiddleIsNotMistakenForGB18030() {
        let bytes = Array("春耕时节".utf8) + [0xE5, 0x41] + Array("农田".utf8)
        guard case .invalid(let offset, _) = failure(bytes) else {
            return XCTFail("expected .invalid")
        }
        XCTAssertEqual(offset, 12)
    }

    /// "欧华日报" in GB18030 opens C5 B7, a valid two-byte UTF-8 sequence, and
    /// breaks at the next byte: one short UTF-8 look-alike is no UTF-8 text.
    func testGB18030OpeningWithAUTF8LookAlikeIsGB18030() throws {
        let bytes: [UInt8] = [0xC5, 0xB7, 0xBB, 0xAA, 0xC8, 0xD5, 0xB1, 0xA8, 0x0A]
        let decoded = try TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.encoding, .gb18030)
        XCTAssertEqual(decoded.text, "欧华日报\n")
        // Counter-case: one Chinese character of UTF-8 and then a break is corrupt UTF-8 only with another before it.
        XCTAssertNotNil(failure(Array("春耕".utf8) + [0xE5, 0x41]))
    }

    func testBytesInvalidInBothEncodingsAreRejected() throws {
        guard case .invalid(let offset, let detail) = failure(try fixture("invalid-both.txt")) else {
            return XCTFail("expected .invalid")
        }
        XCTAssertEqual(offset, 3)
        XCTAssertTrue(detail.contains("GB18030"), detail)
    }

    func testBinaryIsRejected() throws {
        XCTAssertEqual(failure(try fixture("binary.bin.txt")), .binary(offset: 0))
        XCTAssertEqual(failure(Array("第一行\n".utf8) + [0x00, 0x01]), .binary(offset: 10))
    }

    func testUTF16WithNULCharactersIsBinary() {
        XCTAssertEqual(failure([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00]), .binary(offset: 4))
    }

    func testUnpairedSurrogateIsRejected() {
        guard case .invalid(let offset, _) = failure([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]) else {
            return XCTFail("expected .invalid")
        }
        XCTAssertEqual(offset, 4)
    }

    func testEmptyAndWhitespaceOnlyAreRejected() throws {
        XCTAssertEqual(failure(try fixture("empty.txt")), .empty)
        XCTAssertEqual(failure(try fixture("whitespace-only.txt")), .empty)
        XCTAssertEqual(failure([0xEF, 0xBB, 0xBF]), .empty)
        XCTAssertEqual(failure([0xFF, 0xFE]), .empty)
    }

    func testTabsAndFormFeedsAreText() throws {
        XCTAssertEqual(try TextDecoder.decode(Array("a\tb\u{0C}c".utf8)).text, "a\tb\u{0C}c")
    }

    func testFailureMessagesAreOneLine() {
        for failure in [DecodingFailure.empty, .binary(offset: 3), .invalid(offset: 9, detail: "x")] {
            XCTAssertFalse(failure.description.contains("\n"))
            XCTAssertFalse(failure.description.isEmpty)
        }
    }
}
