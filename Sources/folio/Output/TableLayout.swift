/// A plain-text table sized by display width: CJK characters take two cells.
enum TableLayout {
    static func render(_ rows: [OutputRow], columns: [String]) -> String {
        let names = rows.first?.cells.map(\.name) ?? columns
        guard !names.isEmpty else { return "" }
        let body = rows.map { $0.cells.map { text($0.value) } }
        var widths = names.map(displayWidth)
        for row in body {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], displayWidth(cell)) }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (index, cell) in cells.enumerated() {
                let isLast = index == cells.count - 1
                out += cell
                if !isLast { out += String(repeating: " ", count: widths[index] - displayWidth(cell) + 2) }
            }
            return out + "\n"
        }
        var out = line(names)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in body { out += line(row) }
        return out
    }

    static func text(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): return oneLine(text ?? "")
        case .integer(let number): return number.map { String($0) } ?? ""
        case .real(let number): return number.map { String(format: "%.4g", $0) } ?? ""
        case .list(let items): return oneLine(items.joined(separator: " / "))
        case .json(let json): return oneLine(json)
        }
    }

    private static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ⏎ ")
    }

    /// Terminal columns: East Asian wide and fullwidth characters take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : ($1.properties.generalCategory == .nonspacingMark ? 0 : 1)) }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
