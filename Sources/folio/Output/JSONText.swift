import Foundation

/// Minimal JSON writing: UTF-8 left unescaped, key order kept.
enum JSONText {
    static func string(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func value(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): return text.map(string) ?? "null"
        case .integer(let number): return number.map { String($0) } ?? "null"
        case .real(let number):
            guard let number, number.isFinite else { return "null" }
            return String(format: "%.6g", number)
        case .list(let items): return "[" + items.map(string).joined(separator: ",") + "]"
        case .json(let json): return json
        }
    }

    static func object(_ row: OutputRow) -> String {
        "{" + row.cells.map { string($0.name) + ":" + value($0.value) }.joined(separator: ",") + "}"
    }
}
