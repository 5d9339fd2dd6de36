import FolioQuery
import Foundation
import XCTest

/// Whatever the user types, the expression is valid FTS5 or absent; stray
/// operators and punctuation never change the meaning of the real terms.
final class SearchQueryHostileInputTests: XCTestCase {
    private func assertValidOrNil(_ input: String, _ fixture: SearchQueryFixture, file: StaticString = #filePath, line: UInt = #line) {
        let query = SearchQuery(parsing: input)
        guard let expression = query.matchExpression else {
            XCTAssertNotNil(query.emptyReason, file: file, line: line)
            return
        }
        XCTAssertNil(query.emptyReason, file: file, line: line)
        XCTAssertFalse(query.terms.isEmpty, file: file, line: line)
        XCTAssertNoThrow(try fixture.rows(expression), "input \(input.prefix(80).debugDescription) → \(expression.prefix(200))", file: file, line: line)
    }

    func testStrayOperatorsAndPunctuationMeanTheTermAlone() throws {
        let fixture = try SearchQueryFixture()
        let plain = try fixture.rows(parsing: "疫情")
        XCTAssertEqual(plain, [1, 2, 3, 5])
        for input in ["疫情 AND", "(疫情", "疫情)", "\"疫情", "疫情\"", "OR 疫情", "疫情 OR", "AND 疫情 AND", "疫情 NOT",
                      "(疫情)", "{疫情}", "疫情^", "+疫情", "疫情:", "“疫情", "疫情 - ", "疫情 ***", "疫情 OR OR",
                      "疫情 (", "疫情 )", "疫情 AND AND", "疫情 NOT -", "疫情 -***", "  疫情  "] {
            XCTAssertEqual(try fixture.rows(parsing: input), plain, "input \(input)")
            XCTAssertEqual(SearchQuery(parsing: input).terms.count, 1, "input \(input)")
        }
    }

    func testInputsWithNothingSearchable() {
        for input in ["", " ", "OR", "AND", "NOT", "-", "--", "***", "*", "\"", "\"\"", "()", "（）", "、。", "OR AND NOT",
                      "- - -", "😀", "\u{0}", "\u{FEFF}", "NOT ***"] {
            let query = SearchQuery(parsing: input)
            XCTAssertNil(query.matchExpression, "input \(input.debugDescription)")
            XCTAssertEqual(query.emptyReason, .nothingSearchable, "input \(input.debugDescription)")
        }
    }

    func testFTS5SyntaxIsLiteral() throws {
        let fixture = try SearchQueryFixture()
        for input in ["NEAR(a b, 2)", "{headline body}: 疫情", "^疫情", "疫情 + 经济", "headline:(疫情)", "a:b:c", "\"a\" \"b",
                      "-\"疫情", "col:\"x", "\"\"\"", "\"a\"\"b\"", "*疫情", "body:*", "body:-疫情", "-headline:", "headline:", "NOT NOT 疫情",
                      "疫情\"*", "\"g2\"*", "“g2”*", "a\u{0}b", "疫情\u{0}\"", "\"\u{301}", "\"\u{301} 疫情"] {
            assertValidOrNil(input, fixture)
        }
    }

    func testRandomInputs() throws {
        let fixture = try SearchQueryFixture()
        var random = SearchQueryRandom(seed: 1234)
        let pieces = ["\"", "(", ")", "*", "-", ":", "^", "{", "}", "+", " ", "　", "OR", "AND", "NOT", "NEAR", "headline:", "body:",
                      "疫情", "经", "濟", "g2", "Ｇ", "“", "”", ",", "\u{0}", "\u{301}", "😀", "\\", "'", "\n"]
        for round in 0 ..< 1500 {
            let input: String
            if round % 3 == 0 {
                let bytes = (0 ..< random.next(below: 40)).map { _ in UInt8(random.next(below: 256)) }
                input = String(decoding: bytes, as: UTF8.self)
            } else {
                input = (0 ..< random.next(below: 12)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            }
            assertValidOrNil(input, fixture)
        }
    }

    func testVeryLongInput() throws {
        let fixture = try SearchQueryFixture()
        let long = String(repeating: "疫情 \"(OR -g2* 经济 ", count: 10_000)
        XCTAssertGreaterThan(long.unicodeScalars.count, 100_000)
        assertValidOrNil(long, fixture)
        assertValidOrNil(String(repeating: "疫", count: 100_000), fixture)
        assertValidOrNil(String(repeating: "\"", count: 100_000), fixture)
        XCTAssertEqual(SearchQuery(parsing: String(repeating: "a", count: 100_000)).terms.first?.count, SearchQuery.maximumLength)
    }
}

/// SplitMix64, seeded, so random inputs are the same on every run.
struct SearchQueryRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
