import GRDB
import XCTest

/// The defining property of the tokenizer: a MATCH finds exactly the rows
/// whose folded text contains the query, and highlight() marks exactly the
/// occurrences. Documents are random but seeded, drawn from a small alphabet
/// so that repeats (and near misses) are frequent.
final class MatchPropertyTests: XCTestCase {
    /// The test's own folding, independent of the tokenizer's tables:
    /// the few traditional characters of the alphabet, fullwidth ASCII, case.
    private static let traditional: [Character: Character] = ["經": "经", "濟": "济", "發": "发", "國": "国"]
    private static let hanAlphabet: [Character] = Array("中国國人民经經济濟发發展疫情的一")
    private static let separators = ["，", "。", " ", "、", "\n", "！", "(", "😀", "·", "　"]
    private static let latinWords = ["covid", "COVID", "g20", "G2", "gdp", "ＧＤＰ", "abc", "ab", "2020"]

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var value = scalar.value
        if (0xFF01 ... 0xFF5E).contains(value) { value -= 0xFEE0 }
        if (0x41 ... 0x5A).contains(value) { value += 0x20 }
        let folded = Unicode.Scalar(value)!
        return traditional[Character(folded)]?.unicodeScalars.first ?? folded
    }

    private static func folded(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map(fold)
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00 ... 0x9FFF).contains(scalar.value)
    }

    /// Maximal runs of ASCII letters and digits in the folded text.
    private static func words(_ text: String) -> Set<String> {
        var words = Set<String>()
        var current = ""
        for scalar in folded(text) {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0" ... "9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.insert(current)
                current = ""
            }
        }
        if !current.isEmpty { words.insert(current) }
        return words
    }

    /// Start offsets (in scalars) of every occurrence of `needle` in `haystack`.
    private static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        return (0 ... haystack.count - needle.count).filter { start in
            haystack[start ..< start + needle.count].elementsEqual(needle)
        }
    }

    private static func randomDocument(_ random: inout SeededRandom) -> String {
        var text = ""
        var lastWasWord = false
        for _ in 0 ..< 1 + random.next(below: 25) {
            switch random.next(below: 6) {
            case 0, 1, 2:
                for _ in 0 ..< 1 + random.next(below: 10) { text.append(random.element(of: hanAlphabet)) }
                lastWasWord = false
            case 3:
                if lastWasWord { text += " " }
                text += random.element(of: latinWords)
                lastWasWord = true
            default:
                text += random.element(of: separators)
                lastWasWord = false
            }
        }
        return text
    }

    /// Han runs of a document as written (before folding), to draw queries that match.
    private static func hanRuns(_ text: String) -> [[Character]] {
        var runs: [[Character]] = [[]]
        for character in text {
            if let scalar = character.unicodeScalars.first, isHan(scalar) {
                runs[runs.count - 1].append(character)
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    func testMatchesEqualFoldedContainment() throws {
        var random = SeededRandom(seed: 20_260_325)
        let documents = (0 ..< 150).map { _ in Self.randomDocument(&random) }
        let foldedDocuments = documents.map(Self.folded)
        let documentWords = documents.map(Self.words)
        let database = try makeFolioTable(documents)
        // FTS5 re-tokenizes every row and compares with the index: tokens
        // must be deterministic and well-formed (colocation, offsets).
        try database.write { db in try db.execute(sql: "INSERT INTO t(t) VALUES ('integrity-check')") }

        try database.read { db in
            func rows(_ match: String) throws -> Set<Int> {
                Set(try Int.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ?", arguments: [match]))
            }

            var nonEmptyResults = 0
            for _ in 0 ..< 3000 {
                let query: String
                if random.next(below: 2) == 0 {
                    // A substring of some document's Han run: usually matches.
                    let runs = Self.hanRuns(random.element(of: documents))
                    guard !runs.isEmpty else { continue }
                    let run = random.element(of: runs)
                    let length = min(run.count, 1 + random.next(below: 8))
                    let start = random.next(below: run.count - length + 1)
                    query = String(run[start ..< start + length])
                } else {
                    query = String((0 ..< 1 + random.next(below: 8)).map { _ in random.element(of: Self.hanAlphabet) })
                }
                let needle = Self.folded(query)
                let expected = Set(foldedDocuments.indices.filter { !Self.occurrences(of: needle, in: foldedDocuments[$0]).isEmpty }.map { $0 + 1 })
                let found = try rows(quoted(query))
                XCTAssertEqual(found, expected, "query \(query)")
                if !expected.isEmpty { nonEmptyResults += 1 }
            }
            XCTAssertGreaterThan(nonEmptyResults, 1000, "the generator should produce many matching queries")

            for _ in 0 ..< 500 {
                let word = random.next(below: 4) == 0 ? random.element(of: ["g", "covid19", "xyz", "20"]) : random.element(of: Self.latinWords)
                let target = String(String.UnicodeScalarView(Self.folded(word)))
                let expected = Set(documentWords.indices.filter { documentWords[$0].contains(target) }.map { $0 + 1 })
                XCTAssertEqual(try rows(quoted(word)), expected, "word \(word)")
            }

            for prefix in ["g", "G2", "co", "ab", "20", "ＧＤ", "x"] {
                let target = String(String.UnicodeScalarView(Self.folded(prefix)))
                let expected = Set(documentWords.indices.filter { documentWords[$0].contains { $0.hasPrefix(target) } }.map { $0 + 1 })
                XCTAssertEqual(try rows(quoted(prefix) + "*"), expected, "prefix \(prefix)")
            }
        }
    }

    func testHighlightMarksExactlyTheOccurrences() throws {
        var random = SeededRandom(seed: 42)
        let documents = (0 ..< 60).map { _ in Self.randomDocument(&random) }
        let database = try makeFolioTable(documents)
        try database.read { db in
            for _ in 0 ..< 600 {
                let row = random.next(below: documents.count)
                let runs = Self.hanRuns(documents[row])
                guard !runs.isEmpty else { continue }
                let run = random.element(of: runs)
                let length = min(run.count, 1 + random.next(below: 5))
                let start = random.next(below: run.count - length + 1)
                let query = String(run[start ..< start + length])

                let highlighted = try String.fetchOne(
                    db, sql: "SELECT highlight(t, 0, char(1), char(2)) FROM t WHERE t MATCH ? AND rowid = ?",
                    arguments: [quoted(query), row + 1])
                let marked = try XCTUnwrap(highlighted, "query \(query) must match its own document")

                // Marked intervals, in scalar offsets of the original text.
                var intervals: [Range<Int>] = []
                var offset = 0
                var open = 0
                for scalar in marked.unicodeScalars {
                    switch scalar {
                    case "\u{1}": open = offset
                    case "\u{2}": intervals.append(open ..< offset)
                    default: offset += 1
                    }
                }
                // Expected: occurrences, overlapping ones merged (FTS5 merges overlaps, not neighbours).
                var expected: [Range<Int>] = []
                for start in Self.occurrences(of: Self.folded(query), in: Self.folded(documents[row])) {
                    let range = start ..< start + query.unicodeScalars.count
                    if let last = expected.last, range.lowerBound < last.upperBound {
                        expected[expected.count - 1] = last.lowerBound ..< range.upperBound
                    } else {
                        expected.append(range)
                    }
                }
                XCTAssertEqual(intervals, expected, "query \(query) in \(documents[row])")
            }
        }
    }
}
