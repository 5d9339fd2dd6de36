/// The searchable columns of `articles_fts`, in the table's order.
enum SearchColumn: Int, CaseIterable, Sendable {
    case headline, subheadlines, sectionHeads, body, byline

    /// The column's name in `articles_fts` and `articles`, and in queries (`headline:疫情`).
    var name: String {
        switch self {
        case .headline: "headline"
        case .subheadlines: "subheadlines"
        case .sectionHeads: "section_heads"
        case .body: "body"
        case .byline: "byline"
        }
    }

    init?(name: String) {
        guard let column = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = column
    }

    /// The column's weight in ranking (`searchColumnWeights`).
    var weight: Double {
        let w = searchColumnWeights
        switch self {
        case .headline: return w.headline
        case .subheadlines: return w.subheadlines
        case .sectionHeads: return w.sectionHeads
        case .body: return w.body
        case .byline: return w.byline
        }
    }
}

/// A set of `SearchColumn`s: where a term may match.
struct ColumnSet: OptionSet, Sendable, Hashable {
    let rawValue: UInt8

    static let all = ColumnSet(rawValue: 0b11111)
    /// What `folio headlines --matching` searches.
    static let headlines: ColumnSet = [ColumnSet(.headline), ColumnSet(.subheadlines)]

    init(rawValue: UInt8) { self.rawValue = rawValue }
    init(_ column: SearchColumn) { rawValue = 1 << UInt8(column.rawValue) }

    func contains(_ column: SearchColumn) -> Bool { contains(ColumnSet(column)) }

    var columns: [SearchColumn] { SearchColumn.allCases.filter(contains) }
}
