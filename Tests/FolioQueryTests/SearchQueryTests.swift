@testable import FolioQuery
import FolioTokenizer
import GRDB
import XCTest

/// `expression` as `SearchQuery` writes it: each token string's closing
/// quote is preceded by `FolioTokenizer.bigramsOnlyMarker` (invisible; see there).
func marked(_ expression: String) -> String {
    let marker = Character(Unicode.Scalar(FolioTokenizer.bigramsOnlyMarker)!)
    var out = ""
    var inString = false
    var characters = Array(expression)[...]
    while let c = characters.popFirst() {
        if c == "\"" {
            if inString, characters.first == "\"" {
                out += "\"\""
                characters = characters.dropFirst()
                continue
            }
            if inString { out.append(marker) }
            inString.toggle()
        }
        out.append(c)
    }
    return out
}

/// An in-memory FTS5 table with the columns, tokenizer and `detail=none` of
/// `articles_fts`, to prove that candidate expressions are valid and that,
/// with the matcher's check of the stored text, they mean what they should.
struct SearchQueryFixture {
    /// (headline, body) of rows 1, 2, ….
    static let rows: [(String, String)] = [
        ("新冠肺炎疫情防控", "北京市发布通告。"),          // 1
        ("经济发展", "上海疫情好转，经济复苏。"),            // 2
        ("G20峰会开幕", "COVID-19疫情下的全球经济"),        // 3
        ("北京冬奥会", "上海和北京的冰雪运动"),             // 4
        ("广告", "疫情期间的“广告”与(特价)"),              // 5
        ("GDP增长", "Ｇ２０ 与 g2 会议"),                   // 6
    ]

    let database: DatabaseQueue

    init() throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            let code = FolioTokenizer.register(on: db.sqliteConnection!)
            guard code == 0 else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
        }
        database = try DatabaseQueue(configuration: configuration)
        try database.write { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE articles_fts USING fts5(
                    headline, subheadlines, section_heads, body, byline, tokenize = 'folio', detail = none)
                """)
            for (index, row) in Self.rows.enumerated() {
                try db.execute(
                    sql: "INSERT INTO articles_fts(rowid, headline, body) VALUES (?, ?, ?)",
                    arguments: [index + 1, row.0, row.1])
            }
        }
    }

    /// Rows matching `expression`; throws on an FTS5 syntax error.
    func rows(_ expression: String) throws -> [Int] {
        try database.read { db in
            try Int.fetchAll(db, sql: "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", arguments: [expression])
        }
    }

    /// Rows matching the parsed `input` (candidates from FTS5, checked on
    /// their text unless the query is exact), or nil when it has no expression.
    func rows(parsing input: String) throws -> [Int]? {
        let query = SearchQuery(parsing: input)
        guard let expression = query.matchExpression else { return nil }
        return try rows(expression).filter { row in
            var texts = ColumnTexts()
            texts[.headline] = FolioTokenizer.FoldedText(Self.rows[row - 1].0)
            texts[.body] = FolioTokenizer.FoldedText(Self.rows[row - 1].1)
            return query.isExact || query.matcher.matches(texts)
        }
    }
}

final class SearchQueryTests: XCTestCase {
    func testSpaceSeparatedTermsAreANDed() throws {
        let query = SearchQuery(parsing: "疫情 经济")
        XCTAssertEqual(query.matchExpression, marked(#"("疫情" AND "经济")"#))
        XCTAssertEqual(query.terms, ["疫情", "经济"])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "疫情 经济"), [2, 3])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "疫情　经济"), [2, 3], "ideographic space separates terms")
    }

    func testASingleTermIsAQuotedString() throws {
        XCTAssertEqual(SearchQuery(parsing: "疫情").matchExpression, marked(#""疫情""#))
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "疫情"), [1, 2, 3, 5])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "疫"), [1, 2, 3, 5])
    }

    func testQuotedPhrase() throws {
        let query = SearchQuery(parsing: #""全球 经济""#)
        XCTAssertEqual(query.matchExpression, marked(#"("全球" AND "经济")"#), "candidates: each token, ANDed")
        XCTAssertFalse(query.isExact)
        XCTAssertEqual(query.terms, ["全球 经济"])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: #""全球 经济""#), [3])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "“疫情 防控”"), [1], "Chinese quotes")
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: #""防控 疫情""#), [], "order matters in a phrase")
    }

    func testOR() throws {
        XCTAssertEqual(SearchQuery(parsing: "北京 OR 上海").matchExpression, marked(#"("北京" OR "上海")"#))
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "北京 OR 上海"), [1, 2, 4])
        XCTAssertEqual(SearchQuery(parsing: "北京 or 上海").matchExpression, marked(#"("北京" AND "or" AND "上海")"#), "lowercase or is a word")
    }

    func testORBindsTighterThanTheImplicitAND() throws {
        let query = SearchQuery(parsing: "疫情 北京 OR 上海")
        XCTAssertEqual(query.matchExpression, marked(#"("疫情" AND ("北京" OR "上海"))"#))
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "疫情 北京 OR 上海"), [1, 2])
        XCTAssertEqual(SearchQuery(parsing: "a OR b OR c d").matchExpression, marked(#"(("a" OR "b" OR "c") AND "d")"#))
    }

    func testExclusionWithMinusOrNOT() throws {
        XCTAssertEqual(SearchQuery(parsing: "疫情 -北京").matchExpression, marked(#""疫情" NOT "北京""#))
        XCTAssertEqual(SearchQuery(parsing: "疫情 NOT 北京").matchExpression, marked(#""疫情" NOT "北京""#))
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "疫情 -北京"), [2, 3, 5])
        let query = SearchQuery(parsing: "疫情 经济 -上海 NOT 广告")
        XCTAssertEqual(query.matchExpression, marked(#"("疫情" AND "经济") NOT ("上海" OR "广告")"#))
        XCTAssertEqual(query.terms, ["疫情", "经济"])
        XCTAssertEqual(query.excludedTerms, ["上海", "广告"])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "疫情 经济 -上海 NOT 广告"), [3])
    }

    func testExcludedTermsDoNotTakePartInOR() throws {
        XCTAssertEqual(SearchQuery(parsing: "疫情 OR -北京").matchExpression, marked(#""疫情" NOT "北京""#))
        XCTAssertEqual(SearchQuery(parsing: "疫情 -北京 OR 上海").matchExpression, marked(#"("疫情" AND "上海") NOT "北京""#))
    }

    func testOnlyExclusionsHaveNoExpression() {
        let query = SearchQuery(parsing: "-疫情 NOT 北京")
        XCTAssertNil(query.matchExpression)
        XCTAssertEqual(query.emptyReason, .onlyExclusions)
        XCTAssertEqual(query.excludedTerms, ["疫情", "北京"])
        XCTAssertEqual(query.terms, [])
    }

    func testColumnFilter() throws {
        XCTAssertEqual(SearchQuery(parsing: "headline:疫情").matchExpression, marked(#""疫情""#), "no column filter with detail=none")
        XCTAssertFalse(SearchQuery(parsing: "headline:疫情").isExact)
        XCTAssertEqual(SearchQuery(parsing: "headline:疫情").terms, ["疫情"])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "headline:疫情"), [1])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "body:疫情"), [2, 3, 5])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "Headline:经济"), [2])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: #"body:"全球 经济""#), [3])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "疫情 -headline:疫情"), [2, 3, 5])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "subheadlines:疫情"), [])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "section_heads:疫情"), [])
    }

    func testUnknownColumnIsLiteralText() throws {
        let query = SearchQuery(parsing: "title:疫情")
        XCTAssertEqual(query.matchExpression, marked(#"("title" AND "疫情")"#))
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "title:疫情"), [])
    }

    func testLatinPrefix() throws {
        XCTAssertEqual(SearchQuery(parsing: "g2*").matchExpression, marked(#""g2"*"#))
        XCTAssertEqual(SearchQuery(parsing: "g2*").terms, ["g2"])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "g2*"), [3, 6])
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "g2"), [6], "without * a word matches whole words only")
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "ＧＤ*"), [6], "fullwidth letters fold")
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "headline:g*"), [3, 6])
    }

    func testStarAfterCJKIsLiteral() throws {
        XCTAssertEqual(SearchQuery(parsing: "疫*").matchExpression, marked(#""疫""#))
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "疫*"), try SearchQueryFixture().rows(parsing: "疫"))
    }

    func testEmbeddedQuotesAreDoubled() throws {
        let query = SearchQuery(parsing: #"ab"c"#)
        XCTAssertEqual(query.matchExpression, marked(#"("ab" AND "c")"#), "a quote separates tokens")
        XCTAssertNoThrow(try SearchQueryFixture().rows(query.matchExpression!))
    }

    func testTraditionalQueriesFindSimplifiedText() throws {
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "經濟"), try SearchQueryFixture().rows(parsing: "经济"))
        XCTAssertEqual(try SearchQueryFixture().rows(parsing: "經濟"), [2, 3])
    }
}

final class BigramsOnlyMarkerQueryTests: XCTestCase {
    func testTheUserCannotPlaceTheMarker() {
        let marker = String(Unicode.Scalar(FolioTokenizer.bigramsOnlyMarker)!)
        XCTAssertEqual(SearchQuery(parsing: "疫" + marker + "情").matchExpression, SearchQuery(parsing: "疫 情").matchExpression)
    }
}
