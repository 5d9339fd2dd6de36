import FolioTokenizer
import GRDB
import XCTest

/// `FolioTokenizer.Phrase` must agree with FTS5 itself: it finds a phrase
/// exactly where an index *with* positions (`detail=full`) finds it, and its
/// candidate tokens, which an index without positions (`detail=none`)
/// accepts, find every such text.
final class PhraseTests: XCTestCase {
    private func occurs(_ phrase: String, in text: String, prefix: Bool = false) -> Bool {
        FolioTokenizer.Phrase(phrase, isPrefix: prefix).occurs(in: FolioTokenizer.FoldedText(text))
    }

    func testARunNeedsItsCharactersInOrderAndInOneRun() {
        XCTAssertTrue(occurs("疫情防控", in: "加强疫情防控工作"))
        XCTAssertFalse(occurs("疫情防控", in: "防控疫情"), "every bigram, never the word")
        XCTAssertFalse(occurs("疫情防控", in: "疫情，防控"), "a separator ends a run")
        XCTAssertTrue(occurs("疫情 防控", in: "疫情，防控"), "…but not a phrase's consecutive tokens")
        XCTAssertTrue(occurs("疫情 防控", in: "疫情防控"))
        XCTAssertFalse(occurs("疫情 防控", in: "疫情的防控"))
        XCTAssertTrue(occurs("疫", in: "抗疫"))
    }

    func testWordsAreWholeAndPrefixesOpenThem() {
        XCTAssertTrue(occurs("covid", in: "COVID-19"))
        XCTAssertFalse(occurs("covid", in: "covidiots"))
        XCTAssertTrue(occurs("covid", in: "covidiots", prefix: true))
        XCTAssertTrue(occurs("19疫情", in: "COVID-19疫情"), "a word then a run: consecutive tokens")
        XCTAssertTrue(occurs("g20 峰会", in: "G20峰会"))
        XCTAssertFalse(occurs("g2", in: "G20峰会"))
    }

    func testFoldingAndZeroWidthMarksAreTheTokenizers() {
        XCTAssertTrue(occurs("经济发展", in: "經濟發展"))
        XCTAssertTrue(occurs("經濟", in: "经济"))
        XCTAssertTrue(occurs("gdp", in: "ＧＤＰ增长"))
        XCTAssertTrue(occurs("疫情", in: "疫\u{FE0F}情"))
        XCTAssertTrue(occurs("covid", in: "co\u{200B}vid"))
    }

    func testCountsOverlappingOccurrences() {
        let phrase = FolioTokenizer.Phrase("哈哈")
        XCTAssertEqual(phrase.count(in: FolioTokenizer.FoldedText("哈哈哈，哈哈")), 3)
    }

    func testCandidateTokensAreSingleTokenStrings() {
        let marker = String(Unicode.Scalar(FolioTokenizer.bigramsOnlyMarker)!)
        func quoted(_ token: String) -> String { "\"" + token + marker + "\"" }
        XCTAssertEqual(FolioTokenizer.Phrase("疫情防控").candidateTokens, ["疫情", "情防", "防控"].map(quoted))
        XCTAssertEqual(FolioTokenizer.Phrase("哈哈哈").candidateTokens, [quoted("哈哈")], "without repeats")
        XCTAssertEqual(FolioTokenizer.Phrase("疫 g20").candidateTokens, [quoted("疫"), quoted("g20")])
        XCTAssertEqual(FolioTokenizer.Phrase("covid", isPrefix: true).candidateTokens, [quoted("covid") + "*"])
        XCTAssertEqual(FolioTokenizer.Phrase("經濟").candidateTokens, [quoted("經濟")], "written as given; FTS5 folds it")
        XCTAssertTrue(FolioTokenizer.Phrase("疫情").isSingleToken)
        XCTAssertTrue(FolioTokenizer.Phrase("（疫）").isSingleToken)
        XCTAssertFalse(FolioTokenizer.Phrase("哈哈哈").isSingleToken)
        XCTAssertFalse(FolioTokenizer.Phrase("疫 情").isSingleToken)
        XCTAssertNil(FolioTokenizer.Phrase("，。").candidateExpression)
    }

    func testPositionsAreCountedAsFTS5CountsThem() {
        XCTAssertEqual(FolioTokenizer.FoldedText("G20峰会，covid-19").positionCount, 5)
        XCTAssertEqual(FolioTokenizer.FoldedText("").positionCount, 0)
    }

    // MARK: - Against FTS5

    private static let han: [Character] = Array("中国國人民经經济濟发發展疫情的一哈")
    private static let separators = ["，", "。", " ", "、", "\n", "(", "😀", "　", "\u{200B}"]
    private static let words = ["covid", "COVID", "g20", "G2", "gdp", "ＧＤＰ", "abc", "ab", "2020", String(repeating: "x", count: 130)]

    private static func randomText(_ random: inout SeededRandom, pieces: Int) -> String {
        var text = ""
        for _ in 0 ..< pieces {
            switch random.next(below: 6) {
            case 0, 1, 2:
                for _ in 0 ..< 1 + random.next(below: 6) { text.append(random.element(of: han)) }
            case 3:
                text += " " + random.element(of: words)
            default:
                text += random.element(of: separators)
            }
        }
        return text
    }

    func testPhrasesMatchWhereAnIndexWithPositionsMatches() throws {
        var random = SeededRandom(seed: 2020_0328)
        let documents = (0 ..< 150).map { _ in Self.randomText(&random, pieces: 2 + random.next(below: 20)) }
        let full = try makeFolioDatabase()
        try full.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='folio')")
            try db.execute(sql: "CREATE VIRTUAL TABLE n USING fts5(x, tokenize='folio', detail=none)")
            for (index, document) in documents.enumerated() {
                try db.execute(sql: "INSERT INTO t(rowid, x) VALUES (?, ?)", arguments: [index + 1, document])
                try db.execute(sql: "INSERT INTO n(rowid, x) VALUES (?, ?)", arguments: [index + 1, document])
            }
        }
        let folded = documents.map { FolioTokenizer.FoldedText($0) }
        var checked = 0, found = 0
        for round in 0 ..< 600 {
            // Half the queries are cut from a document (so they match), half are made up.
            var query: String
            if round % 2 == 0 {
                let scalars = Array(random.element(of: documents).unicodeScalars)
                let length = 1 + random.next(below: 8)
                let start = random.next(below: max(1, scalars.count - length))
                query = String(String.UnicodeScalarView(scalars[start ..< min(scalars.count, start + length)]))
            } else {
                query = Self.randomText(&random, pieces: 1 + random.next(below: 3))
            }
            query = String(query.unicodeScalars.filter { $0 != "\"" })
            let last = query.unicodeScalars.last.map { $0.isASCII && ($0.properties.isAlphabetic || ("0" ... "9").contains($0)) } ?? false
            let prefix = last && random.next(below: 3) == 0
            let phrase = FolioTokenizer.Phrase(query, isPrefix: prefix)
            guard let candidates = phrase.candidateExpression else { continue }
            let expected = try full.read { db in
                try Set(Int.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ?",
                                     arguments: ["\"" + query + "\"" + (prefix ? "*" : "")]))
            }
            let candidateRows = try full.read { db in
                try Set(Int.fetchAll(db, sql: "SELECT rowid FROM n WHERE n MATCH ?", arguments: [candidates]))
            }
            let matched = Set(folded.indices.filter { phrase.occurs(in: folded[$0]) }.map { $0 + 1 })
            XCTAssertEqual(matched, expected, "phrase \(query.debugDescription)\(prefix ? "*" : "")")
            XCTAssertTrue(expected.isSubset(of: candidateRows), "candidates of \(query.debugDescription) miss a match")
            if phrase.isSingleToken {
                XCTAssertEqual(candidateRows, expected, "one token is exact: \(query.debugDescription)")
            }
            checked += 1
            if !expected.isEmpty { found += 1 }
        }
        XCTAssertGreaterThan(checked, 500)
        XCTAssertGreaterThan(found, checked / 3)
    }

    // MARK: - SQL functions

    func testSQLFunctionsSearchAPositionlessIndexExactly() throws {
        let database = try makeFolioDatabase()
        let rows = try database.write { db -> [Int] in
            try db.execute(sql: "CREATE VIRTUAL TABLE n USING fts5(x, tokenize='folio', detail=none)")
            try db.execute(sql: "INSERT INTO n(rowid, x) VALUES (1, '加强疫情防控'), (2, '防控疫情'), (3, '經濟發展'), (4, NULL)")
            XCTAssertThrowsError(try db.execute(sql: "SELECT * FROM n WHERE n MATCH '\"疫情防控\"'"), "detail=none refuses phrases")
            return try Int.fetchAll(db, sql: """
                SELECT rowid FROM n WHERE n MATCH folio_query('疫情防控') AND folio_contains(x, '疫情防控') ORDER BY rowid
                """)
        }
        XCTAssertEqual(rows, [1])
        try database.read { db in
            XCTAssertEqual(try Int.fetchAll(db, sql: "SELECT rowid FROM n WHERE n MATCH folio_query('疫情 防控') ORDER BY rowid"), [1, 2],
                           "candidates hold the tokens anywhere")
            XCTAssertEqual(try Int.fetchAll(db, sql: """
                SELECT rowid FROM n WHERE n MATCH folio_query('疫情 防控') AND folio_contains(x, '疫情 防控') ORDER BY rowid
                """), [1], "the phrase needs them in order")
            XCTAssertEqual(try Int.fetchAll(db, sql: "SELECT rowid FROM n WHERE n MATCH folio_query('经济') ORDER BY rowid"), [3])
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT folio_contains('經濟發展', '经济')"), 1)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT folio_contains(NULL, '经济')"), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT folio_contains('新冠，肺炎', '新冠 肺炎')"), 1)
            XCTAssertNil(try String.fetchOne(db, sql: "SELECT folio_query('，')"))
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT folio_query('g20 峰会')"),
                           FolioTokenizer.Phrase("g20 峰会").candidateExpression)
        }
    }
}
