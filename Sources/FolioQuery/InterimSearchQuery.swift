import Foundation

// INTERIM query parser (terms ANDed, each quoted); replaced by the tokenizer branch's SearchQuery.
public struct SearchQuery: Sendable {
    public var terms: [String]
    public var matchExpression: String?

    public init(parsing input: String) {
        terms = input.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        matchExpression = terms.isEmpty ? nil : terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
    }
}
