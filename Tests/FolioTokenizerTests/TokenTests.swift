import FolioTokenizer
import GRDB
import XCTest

/// Token-level behaviour: what FTS5 receives for a text, with exact offsets.
final class TokenTests: XCTestCase {
    /// Renders tokens compactly: `text@start..<end`, colocated ones prefixed with `+`.
    private func document(_ text: String) -> [String] {
        FolioTokenizer.tokens(in: text, forQuery: false).map(\.description)
    }

    private func query(_ text: String) -> [String] {
        FolioTokenizer.tokens(in: text, forQuery: true).map(\.description)
    }

    func testDocumentsIndexEachCharacterWithTheBigramStartingThere() {
        XCTAssertEqual(document("新冠肺炎"), [
            "新@0..<3", "+新冠@0..<6", "冠@3..<6", "+冠肺@3..<9", "肺@6..<9", "+肺炎@6..<12", "炎@9..<12",
        ])
    }

    func testQueriesAreBigramsThenTheLastCharacter() {
        XCTAssertEqual(query("新冠肺炎"), ["新冠@0..<6", "冠肺@3..<9", "肺炎@6..<12", "炎@9..<12"])
        XCTAssertEqual(query("疫情"), ["疫情@0..<6", "情@3..<6"])
        XCTAssertEqual(query("疫"), ["疫@0..<3"])
    }

    func testSingleCharacterRunHasNoBigram() {
        XCTAssertEqual(document("疫"), ["疫@0..<3"])
        XCTAssertEqual(document("中　国"), ["中@0..<3", "国@6..<9"], "ideographic space separates runs")
    }

    func testLatinWordsAreLowercased() {
        XCTAssertEqual(document("Hello WORLD, g2"), ["hello@0..<5", "world@6..<11", "g2@13..<15"])
        XCTAssertEqual(query("Hello"), ["hello@0..<5"])
    }

    func testOtherAlphabetsAreWordsWithSimpleLowercasing() {
        XCTAssertEqual(document("CAFÉ Café"), ["café@0..<5", "café@6..<11"])
        XCTAssertEqual(document("ΑΘΗΝΑ Москва"), ["αθηνα@0..<10", "москва@11..<23"])
        XCTAssertEqual(document("a×b"), ["a@0..<1", "b@3..<4"], "× is punctuation")
    }

    func testMixedRuns() {
        XCTAssertEqual(document("G20峰会"), ["g20@0..<3", "峰@3..<6", "+峰会@3..<9", "会@6..<9"])
        XCTAssertEqual(document("3月 25日"), ["3@0..<1", "月@1..<4", "25@5..<7", "日@7..<10"])
        XCTAssertEqual(document("COVID-19疫情"), ["covid@0..<5", "19@6..<8", "疫@8..<11", "+疫情@8..<14", "情@11..<14"])
        XCTAssertEqual(query("COVID-19疫情"), ["covid@0..<5", "19@6..<8", "疫情@8..<14", "情@11..<14"])
    }

    func testCJKPunctuationSeparatesRuns() {
        XCTAssertEqual(document("经济，发展。"), ["经@0..<3", "+经济@0..<6", "济@3..<6", "发@9..<12", "+发展@9..<15", "展@12..<15"])
        XCTAssertEqual(document("《人民》"), ["人@3..<6", "+人民@3..<9", "民@6..<9"])
    }

    func testFullwidthFormsFoldToASCII() {
        XCTAssertEqual(document("ＡＢＣ１２３"), ["abc123@0..<18"])
        XCTAssertEqual(document("ＧＤＰ增长"), ["gdp@0..<9", "增@9..<12", "+增长@9..<15", "长@12..<15"])
        XCTAssertEqual(document("Ａ（Ｂ）"), ["a@0..<3", "b@6..<9"], "fullwidth brackets are punctuation")
    }

    func testTraditionalFoldsToSimplified() {
        XCTAssertEqual(document("經濟"), ["经@0..<3", "+经济@0..<6", "济@3..<6"])
        XCTAssertEqual(query("經濟"), query("经济"))
        XCTAssertEqual(query("發展"), ["发展@0..<6", "展@3..<6"])
    }

    func testSimplifiedAndUnrelatedCharactersAreNotFolded() {
        XCTAssertEqual(query("人民"), ["人民@0..<6", "民@3..<6"])
        XCTAssertEqual(query("的"), ["的@0..<3"])
    }

    func testCompatibilityIdeographsAndKangxiRadicalsFoldToUnifiedIdeographs() {
        // U+F9B1 is the compatibility form of 鈴, which folds on to 铃.
        XCTAssertEqual(document("\u{F9B1}"), ["铃@0..<3"])
        // U+2F08 KANGXI RADICAL MAN, as PDF extraction often yields for 人.
        XCTAssertEqual(document("\u{2F08}民"), ["人@0..<3", "+人民@0..<6", "民@3..<6"])
    }

    func testHanExtensionsKanaAndHangulAreCJK() {
        XCTAssertEqual(document("𠀀㐀〇"), ["𠀀@0..<4", "+𠀀㐀@0..<7", "㐀@4..<7", "+㐀〇@4..<10", "〇@7..<10"])
        XCTAssertEqual(query("カタカナ"), ["カタ@0..<6", "タカ@3..<9", "カナ@6..<12", "ナ@9..<12"])
        XCTAssertEqual(query("한국"), ["한국@0..<6", "국@3..<6"])
    }

    func testEmojiSeparateRuns() {
        XCTAssertEqual(document("疫情😀防控"), [
            "疫@0..<3", "+疫情@0..<6", "情@3..<6", "防@10..<13", "+防控@10..<16", "控@13..<16",
        ])
    }

    func testVariationSelectorsNeitherBreakRunsNorEnterTokens() {
        XCTAssertEqual(document("葛\u{E0100}根"), ["葛@0..<3", "+葛根@0..<10", "根@7..<10"])
    }

    func testLongWordsAreCutConsistently() {
        let long = String(repeating: "a", count: 300)
        let tokens = FolioTokenizer.tokens(in: long, forQuery: false)
        XCTAssertEqual(tokens.map(\.text), [String(repeating: "a", count: 128)])
        XCTAssertEqual(tokens.first?.byteRange, 0 ..< 300)
        XCTAssertEqual(FolioTokenizer.tokens(in: long, forQuery: true).map(\.text), tokens.map(\.text))
    }

    func testInvalidUTF8SeparatesTokensAndKeepsOffsets() {
        // "ab", a lone continuation byte, a truncated 3-byte sequence, an unpaired
        // surrogate encoded in UTF-8 (ED A0 80), then 疫情.
        let bytes: [UInt8] = [0x61, 0x62, 0x80, 0xE4, 0xB8, 0xED, 0xA0, 0x80] + Array("疫情".utf8)
        let tokens = FolioTokenizer.tokens(inUTF8: bytes, forQuery: false)
        XCTAssertEqual(tokens.map(\.description), ["ab@0..<2", "疫@8..<11", "+疫情@8..<14", "情@11..<14"])
        XCTAssertEqual(FolioTokenizer.tokens(inUTF8: [0xE4, 0xB8], forQuery: true), [])
    }

    func testOffsetsStayInBoundsAndMonotonicOnRandomBytes() {
        var random = SeededRandom(seed: 7)
        let pieces: [[UInt8]] = [
            Array("疫情".utf8), Array("ＡＢ".utf8), Array("😀".utf8), Array("經".utf8), [0x20], [0x80], [0xFF],
            [0xF0, 0x9F], [0xE0, 0x80, 0x80], Array("a".utf8), Array("\u{FE0F}".utf8), [0xED, 0xB0, 0x80],
        ]
        for _ in 0 ..< 2000 {
            var bytes: [UInt8] = []
            for _ in 0 ..< random.next(below: 30) {
                if random.next(below: 4) == 0 {
                    bytes.append(UInt8(random.next(below: 256)))
                } else {
                    bytes += pieces[random.next(below: pieces.count)]
                }
            }
            for forQuery in [false, true] {
                let tokens = FolioTokenizer.tokens(inUTF8: bytes, forQuery: forQuery)
                var lastStart = 0
                for (index, token) in tokens.enumerated() {
                    XCTAssertTrue(token.byteRange.lowerBound >= 0 && token.byteRange.upperBound <= bytes.count, "\(bytes)")
                    XCTAssertFalse(token.byteRange.isEmpty)
                    XCTAssertGreaterThanOrEqual(token.byteRange.lowerBound, lastStart, "\(bytes)")
                    XCTAssertFalse(token.text.isEmpty)
                    XCTAssertFalse(index == 0 && token.isColocated, "the first token cannot be colocated")
                    lastStart = token.byteRange.lowerBound
                }
            }
        }
    }
}

/// `FolioTokenizer.bigramsOnlyMarker`: a run that ends the query on the marker
/// is its bigrams only; every other run keeps its trailing character.
final class BigramsOnlyMarkerTests: XCTestCase {
    private let marker = String(Unicode.Scalar(FolioTokenizer.bigramsOnlyMarker)!)

    private func query(_ text: String) -> [String] {
        FolioTokenizer.tokens(in: text, forQuery: true).map(\.text)
    }

    func testTheLastRunLosesItsTrailingCharacter() {
        XCTAssertEqual(query("疫情" + marker), ["疫情"])
        XCTAssertEqual(query("新冠肺炎" + marker), ["新冠", "冠肺", "肺炎"])
        XCTAssertEqual(query("经济 发展" + marker), ["经济", "济", "发展"], "an inner run keeps the positions aligned")
        XCTAssertEqual(query("疫" + marker), ["疫"], "a one-character run is its character")
        XCTAssertEqual(query("covid" + marker), ["covid"])
    }

    func testWithoutTheMarkerNothingChanges() {
        XCTAssertEqual(query("疫情"), ["疫情", "情"])
    }

    func testTheSameRowsMatch() throws {
        let documents = ["新冠肺炎疫情", "疫，情", "情疫", "经济发展很快", "经济，发展", "发展经济", "疫情G20峰会"]
        let database = try makeFolioTable(documents)
        for text in ["疫情", "经济 发展", "发展", "疫情G20", "情", "峰会"] {
            let plain = try database.read { db in
                try Int.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", arguments: [quoted(text)])
            }
            let marked = try database.read { db in
                try Int.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", arguments: [quoted(text + marker)])
            }
            XCTAssertEqual(marked, plain, text)
            XCTAssertFalse(plain.isEmpty, text)
        }
    }
}
