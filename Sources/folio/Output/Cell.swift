/// One value in a row of output, typed so each format can render it
/// faithfully (numbers stay numbers in JSON, lists stay lists).
enum Cell {
    case text(String?)
    case integer(Int64?)
    case real(Double?)
    case list([String])
    /// Pre-encoded JSON, for nested values such as mentioned dates.
    case json(String)

    static func int(_ value: Int?) -> Cell { .integer(value.map(Int64.init)) }
}

/// A row of named cells in a fixed column order.
struct OutputRow {
    var cells: [(name: String, value: Cell)]

    init(_ cells: [(String, Cell)]) {
        self.cells = cells.map { (name: $0.0, value: $0.1) }
    }
}
