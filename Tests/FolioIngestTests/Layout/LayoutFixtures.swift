import Foundation
import XCTest
@testable import FolioIngest

/// One hand-made page under Fixtures/pages: `NAME.txt` and its truth `NAME.jsonl`.
struct LayoutFixture {
    var name: String
    var text: String
    var truth: [TruthArticle]

    /// Truth rows in the format of seed_truth.jsonl (extra fields ignored).
    struct TruthArticle: Decodable {
        var headline: String?
        var subheadlines: [String]
        var byline: String?
        var section_heads: [String]
        var pull_quotes: [String]
        var paragraphs: [String]
    }

    static var directory: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("pages")
    }

    static func load(_ name: String) throws -> LayoutFixture {
        let text = try String(contentsOf: directory.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let rows = try String(contentsOf: directory.appendingPathComponent("\(name).jsonl"), encoding: .utf8)
        let truth = try rows.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.map {
            try JSONDecoder().decode(TruthArticle.self, from: Data($0.utf8))
        }
        return LayoutFixture(name: name, text: text, truth: truth)
    }

    /// Names of the fixtures whose name starts with `prefix`, sorted.
    static func names(prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }
            .map { String($0.dropLast(4)) }
            .sorted()
    }
}

/// Comparison form: whitespace removed (the truth keeps stray spaces as written).
func squeezed(_ text: String?) -> String? {
    text.map { String($0.filter { !$0.isWhitespace }) }
}
