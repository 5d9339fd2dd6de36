import Foundation

/// Reads the structure of one extracted newspaper page.
///
/// INTERIM: joins blank-line-separated blocks into paragraphs of a single
/// article. The layout work (issue 3) replaces this with the rule pipeline.
public enum PageReader {
    public static func read(_ text: String) -> PageReading {
        var blocks: [ClassifiedBlock] = []
        var current: [String] = []
        var first = 0
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { blocks.append(ClassifiedBlock(firstLine: first, lines: current, role: .body, rule: "interim", article: 0)) }
                current = []
            } else {
                if current.isEmpty { first = index }
                current.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        if !current.isEmpty { blocks.append(ClassifiedBlock(firstLine: first, lines: current, role: .body, rule: "interim", article: 0)) }
        guard !blocks.isEmpty else { return PageReading(blocks: [], articles: []) }
        let article = Article(paragraphs: blocks.map { $0.lines.joined() })
        return PageReading(blocks: blocks, articles: [article])
    }
}
