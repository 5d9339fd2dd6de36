import FolioIngest
import FolioQuery
import FolioTokenizer
import XCTest

/// The property, through the whole stack (SearchQuery, the archive's
/// FTS table, FolioArchive.count): for any query of 1–8 CJK characters, or any
/// Latin word, the matching articles are exactly those whose folded text
/// (headline, subheadlines, section heads, paragraphs) contains it — a Latin
/// word as a whole word.
final class SearchPropertyTests: XCTestCase {
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    // A small alphabet so that repeats are frequent; 經 and 濟 fold to 经 and 济.
    private let han = Array("经济发展疫情防控湖北会议中国人民經濟特朗普习近平")
    private let latin = ["g20", "GDP", "covid", "ＡＢＣ", "abc", "5g", "iphone"]
    private let separators = ["，", "。", " ", "、", "“", "”", "\n"]

    private func text(_ random: inout Generator, length: Int) -> String {
        var out = ""
        for _ in 0..<length {
            switch Int.random(in: 0..<10, using: &random) {
            case 0: out += separators.randomElement(using: &random)!
            case 1: out += latin.randomElement(using: &random)!
            default: out.append(han.randomElement(using: &random)!)
            }
        }
        return out
    }

    private func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s))
    }

    private func containsWord(_ haystack: String, _ word: String) -> Bool {
        let scalars = Array(haystack.unicodeScalars), needle = Array(word.unicodeScalars)
        guard needle.count <= scalars.count else { return false }
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            let before = start == 0 || !isWordScalar(scalars[start - 1])
            let after = start + needle.count == scalars.count || !isWordScalar(scalars[start + needle.count])
            if before && after { return true }
        }
        return false
    }

    func testSearchReturnsExactlyTheArticlesContainingTheQuery() throws {
        var random = Generator(state: 20_200_328)
        let test = try TestArchive()
        var articles: [Article] = []
        for _ in 0..<120 {
            articles.append(Article(
                headline: text(&random, length: 8), subheadlines: [text(&random, length: 6)], byline: "新华社电",
                sectionHeads: Bool.random(using: &random) ? [text(&random, length: 5)] : [],
                paragraphs: (0..<Int.random(in: 1...3, using: &random)).map { _ in text(&random, length: 30) }))
        }
        try test.store(articles, file: "generated.txt", date: "2020-03-28")
        // Searchable text as stored: paragraphs are joined by "\n", which separates like punctuation.
        let folded = articles.map { article in
            FolioTokenizer.folded(([article.headline ?? ""] + article.subheadlines + article.sectionHeads + article.paragraphs)
                .joined(separator: "\n")).lowercased()
        }
        var checked = 0, nonEmpty = 0
        for round in 0..<400 {
            let query: String
            if round % 5 == 4 {
                query = latin.randomElement(using: &random)!
            } else {
                let source = articles.randomElement(using: &random)!.paragraphs[0]
                let scalars = Array(source.unicodeScalars)
                let length = Int.random(in: 1...8, using: &random)
                let start = Int.random(in: 0..<max(1, scalars.count - length), using: &random)
                let slice = String(String.UnicodeScalarView(scalars[start..<min(scalars.count, start + length)]))
                let cjk = slice.filter { han.contains($0) }
                guard !cjk.isEmpty else { continue }
                query = String(cjk.prefix(8))
            }
            let needle = FolioTokenizer.folded(query).lowercased()
            let isLatin = needle.unicodeScalars.allSatisfy(isWordScalar)
            let expected = folded.filter { isLatin ? containsWord($0, needle) : $0.contains(needle) }.count
            XCTAssertEqual(try test.folio.count(.init(query: query)), expected, "query \(query)")
            checked += 1
            if expected > 0 { nonEmpty += 1 }
        }
        XCTAssertGreaterThan(checked, 300)
        XCTAssertGreaterThan(nonEmpty, checked / 3)
    }

    func testTraditionalAndFullwidthQueriesFindSimplifiedText() throws {
        let test = try TestArchive()
        try test.store([Article(headline: "经济发展", paragraphs: ["ABC公司发布G20报告。"])], file: "a.txt", date: nil)
        XCTAssertEqual(try test.folio.count(.init(query: "經濟")), 1)
        XCTAssertEqual(try test.folio.count(.init(query: "ａｂｃ")), 1)
        XCTAssertEqual(try test.folio.count(.init(query: "Ｇ２０")), 1)
        XCTAssertEqual(try test.folio.count(.init(query: "g2*")), 1)
        XCTAssertEqual(try test.folio.count(.init(query: "g2")), 0, "Latin words match whole words only")
    }
}
