import Foundation
import XCTest
@testable import FolioIngest

/// The scalar fast paths are only sound if `SimpleScalars` tells the truth:
/// checked here for every scalar it admits, and the fast paths against the
/// `Character` reference on texts that take both.
final class SimpleScalarsTests: XCTestCase {
    private var allScalars: [Unicode.Scalar] {
        (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }
    }

    func testWhitespaceIsTheUnicodeProperty() {
        for s in allScalars {
            XCTAssertEqual(SimpleScalars.isWhitespace(s), s.properties.isWhitespace, "U+\(String(s.value, radix: 16))")
        }
    }

    /// Each simple scalar is a Character of its own next to any other simple
    /// scalar (tested against one of each grapheme class simple scalars
    /// have: a letter, a Hangul syllable, itself), and has no canonical
    /// equivalent, so that equal Characters are equal scalars.
    func testSimpleScalarsStandAloneAndHaveNoEquivalent() {
        var checked = 0
        for s in allScalars where SimpleScalars.isSimple(s) {
            checked += 1
            for partner in ["a", "가", s] as [Unicode.Scalar] {
                var pair = String.UnicodeScalarView()
                pair.append(s)
                pair.append(partner)
                XCTAssertEqual(String(pair).count, 2, "U+\(String(s.value, radix: 16)) before U+\(String(partner.value, radix: 16))")
                var reversed = String.UnicodeScalarView()
                reversed.append(partner)
                reversed.append(s)
                XCTAssertEqual(String(reversed).count, 2, "U+\(String(s.value, radix: 16)) after U+\(String(partner.value, radix: 16))")
            }
            XCTAssertEqual(Array(String(s).precomposedStringWithCanonicalMapping.unicodeScalars), [s],
                           "U+\(String(s.value, radix: 16)) is not its own NFC")
        }
        XCTAssertGreaterThan(checked, 40000)
        XCTAssertFalse(SimpleScalars.isSimple("\r"), "CR pairs with LF")
        XCTAssertFalse(SimpleScalars.isSimple("\u{301}"), "combining marks attach")
        XCTAssertFalse(SimpleScalars.isSimple("\u{F900}"), "compatibility ideographs are equivalent to unified ones")
    }

    /// Texts that mix the two paths: the fast path must read them as the reference does.
    private var trickyPages: [String] {
        let base = "2020年3月28日 星期六\n\n 新华社电　国家主席习近平\t27日\r\n应约同美国总统 通电话。\r第4版\n"
        return [
            base, base + "e\u{301}  café\n", "ᄀ ᅡ\n" + base, base.replacingOccurrences(of: "\n", with: "\r\n"),
            "\u{FEFF}" + base, base + "\u{F900}\u{8C48}\n", "", "\n\n", "\r", " \u{3000}\u{A0}\n\t",
            String(repeating: "长行文字，", count: 300) + "\n" + base,
        ]
    }

    func testLineReaderAgreesWithTheCharacterReading() {
        for page in trickyPages {
            XCTAssertEqual(LineReader.read(page), LineReader.readByCharacter(page), page.debugDescription)
        }
    }

    func testFolioLineAgreesWithTheCharacterReading() {
        for page in trickyPages {
            XCTAssertEqual(FolioLine.edgeDate(inPageText: page), FolioLine.dateByCharacter(inPageText: page), page.debugDescription)
        }
        XCTAssertEqual(FolioLine.edgeDate(inPageText: trickyPages[0]), FolioLine.dateByCharacter(inPageText: trickyPages[0]))
        XCTAssertNotNil(FolioLine.date(inPageText: trickyPages[0]))
    }

    /// A needle that is not simple still finds its canonically equivalent
    /// Characters on a simple page, as `Character` comparison does.
    func testPageTextComparesCharactersNotScalars() {
        let page = PageText(["这是一个测试。", "它们相同"])
        XCTAssertTrue(page.coding.usesScalars)
        XCTAssertTrue(page.contains(page.needle("一个测试")))
        XCTAssertTrue(page.contains(page.needle("试。 它")), "blocks run together, whitespace is ignored")
        XCTAssertFalse(page.contains(page.needle("测试它")))
        let decomposed = PageText(["café au lait"])
        XCTAssertTrue(decomposed.contains(decomposed.needle("cafe\u{301}")))
        XCTAssertTrue(PageText(["\u{F900}山"]).contains(PageText(["\u{F900}山"]).needle("\u{8C48}山")))
    }

    /// The filtered scan a page gets gives the share the two sets give.
    func testBigramScanAgreesWithSetIntersection() throws {
        let directory = LayoutFixture.directory
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let values = text.unicodeScalars.map(\.value)
            let lines = LineReader.read(text).map(\.text).filter { !$0.isEmpty }
            for line in lines.prefix(40) + ["春耕备耕 有序推进", "没有这些字"] {
                let bigrams = Bigrams(line)
                XCTAssertEqual(bigrams, Bigrams(scalars: line.unicodeScalars), "the UTF-8 reading agrees: \(line)")
                XCTAssertEqual(bigrams.containment(inScalarValues: values), bigrams.containment(in: Bigrams(text)), line)
            }
        }
    }

    /// The UTF-8 readings give the scalar readings' answers, for every scalar
    /// alone and between others of each UTF-8 length.
    func testUTF8ReadingsAgreeWithScalarReadings() {
        func check(_ text: String) {
            let scalars = text.unicodeScalars
            XCTAssertEqual(SimpleScalars.allSimple(text), scalars.allSatisfy(SimpleScalars.isSimple), text.debugDescription)
            text.utf8.withContiguousStorageIfAvailable { bytes in
                XCTAssertEqual(SimpleScalars.containsWhitespace(utf8: bytes), scalars.contains(where: SimpleScalars.isWhitespace),
                               text.debugDescription)
            }
            let trimmed = Substring(text).trimmingSimpleWhitespace
            var reference = Substring(text).unicodeScalars[...]
            while let f = reference.first, SimpleScalars.isWhitespace(f) { reference = reference.dropFirst() }
            while let l = reference.last, SimpleScalars.isWhitespace(l) { reference = reference.dropLast() }
            XCTAssertEqual(String(trimmed), String(reference), text.debugDescription)
        }
        for s in allScalars {
            check(String(s))
            check("a" + String(s) + "é" + String(s) + "中" + String(s) + "𠀀")
        }
        for text in trickyPages + ["", " ", "\u{3000}中\u{3000}", " \t\u{A0}a\u{2029}", "\u{1680}𠀀\u{205F}"] { check(text) }
    }

    /// The scalar counts give the Character answers.
    func testNonWhitespaceCountsAgreeWithTheCharacterReading() {
        for text in trickyPages + ["本报记者 何畅", "ᄀ ᅡ", "e \u{301}x", "新华社电　国家主席", " "] {
            XCTAssertEqual(text.nonWhitespaceCount, String(text.filter { !$0.isWhitespace }).count, text.debugDescription)
            for n in [0, 1, 3, 7, 40] {
                var index = text.startIndex, remaining = n
                while remaining > 0, index < text.endIndex {
                    if !text[index].isWhitespace { remaining -= 1 }
                    index = text.index(after: index)
                }
                XCTAssertEqual(Paragraph.dropping(nonWhitespaceCount: n, from: text), String(text[index...]).trimmingWhitespace,
                               text.debugDescription)
            }
        }
    }

    /// `Paragraph.rawText` on scalars gives the Character reading.
    func testRawTextAgreesWithTheCharacterReading() {
        let pieces = ["New", "York", "G", "20", "中国", "", "café", "e\u{301}", "本报记者 何畅", "ᄀ", "ᅡ", " a", "b "]
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let lines = [a, b, c].enumerated().map { PageLine(index: $0.offset, text: $0.element) }
                    var reference = ""
                    for line in lines {
                        if let last = reference.last, let first = line.text.first, TextJoiner.needsSpace(between: last, and: first) {
                            reference.append(" ")
                        }
                        reference += line.text
                    }
                    XCTAssertEqual(Paragraph(lines: lines, blocks: [0]).rawText, reference, [a, b, c].debugDescription)
                }
            }
        }
    }
}
