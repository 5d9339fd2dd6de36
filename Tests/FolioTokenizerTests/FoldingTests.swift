import FolioTokenizer
import GRDB
import XCTest

/// Properties of the generated Han folding table, checked through the public API.
final class FoldingTests: XCTestCase {
    private func folded(_ scalar: Unicode.Scalar) -> String? {
        FolioTokenizer.tokens(in: String(Character(scalar)), forQuery: true).first?.text
    }

    /// Folding twice gives the same as folding once (the table is closed), for
    /// every unified, Extension A, compatibility ideograph and Kangxi radical.
    func testFoldingIsIdempotent() {
        let ranges: [ClosedRange<UInt32>] = [0x2F00 ... 0x2FD5, 0x3400 ... 0x4DBF, 0x4E00 ... 0x9FFF, 0xF900 ... 0xFAD9]
        var changed = 0
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), let once = folded(scalar) else { continue }
                let twice = FolioTokenizer.tokens(in: once, forQuery: true).first?.text
                XCTAssertEqual(twice, once, "U+\(String(value, radix: 16, uppercase: true))")
                if once != String(Character(scalar)) { changed += 1 }
            }
        }
        // In these ranges: ~2,900 traditional characters, 460 compatibility
        // ideographs, 214 radicals (3,545 with OpenCC 1.4.2 data).
        XCTAssertGreaterThan(changed, 3000)
    }

    func testKnownPairs() {
        let pairs: [(String, String)] = [
            ("經", "经"), ("濟", "济"), ("發", "发"), ("國", "国"), ("臺", "台"), ("萬", "万"), ("薴", "苎"),
            ("\u{F900}", "岂"), ("\u{2F00}", "一"), ("\u{2FD5}", "龠"),
        ]
        for (traditional, simplified) in pairs {
            XCTAssertEqual(FolioTokenizer.tokens(in: traditional, forQuery: true).map(\.text), [simplified], traditional)
        }
    }

    func testFoldedTextKeepsScalarCount() {
        let text = "經濟ＧＤＰ增長，Café\u{F900}　OK"
        XCTAssertEqual(FolioTokenizer.folded(text), "经济gdp增长,café岂　ok", "fullwidth punctuation folds too")
        XCTAssertEqual(FolioTokenizer.folded(text).unicodeScalars.count, text.unicodeScalars.count)
    }

    func testTheIndexFindsTraditionalAndSimplifiedAlike() throws {
        let database = try makeFolioTable(["經濟發展", "经济发展", "臺灣", "台湾"])
        try database.read { db in
            for query in ["经济", "經濟", "濟發"] {
                XCTAssertEqual(try Int.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", arguments: [quoted(query)]), [1, 2], query)
            }
            XCTAssertEqual(try Int.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", arguments: [quoted("台灣")]), [3, 4])
        }
    }
}
