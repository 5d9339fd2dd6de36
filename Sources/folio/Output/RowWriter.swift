import Foundation

/// Writes rows to stdout in one format. jsonl, csv and tsv stream row by
/// row; json streams an array; table buffers to size its columns.
final class RowWriter {
    private let format: OutputFormat
    private let output: FileHandle
    private var buffered: [OutputRow] = []
    private var wroteHeader = false
    private var count = 0
    private var pending = ""

    init(format: OutputFormat, output: FileHandle = .standardOutput) {
        self.format = format
        self.output = output
    }

    func write(_ row: OutputRow) {
        defer { count += 1 }
        switch format {
        case .table:
            buffered.append(row)
        case .jsonl:
            emit(JSONText.object(row) + "\n")
        case .json:
            emit((count == 0 ? "[\n" : ",\n") + JSONText.object(row))
        case .csv, .tsv:
            if !wroteHeader {
                emit(delimited(row.cells.map(\.name)))
                wroteHeader = true
            }
            emit(delimited(row.cells.map { flat($0.value) }))
        }
    }

    /// Finishes the output; `columns` names the header of an empty table or csv.
    func finish(columns: [String] = []) {
        switch format {
        case .table:
            emit(TableLayout.render(buffered, columns: columns))
        case .json:
            emit(count == 0 ? "[]\n" : "\n]\n")
        case .csv, .tsv:
            if !wroteHeader && !columns.isEmpty { emit(delimited(columns)) }
        case .jsonl:
            break
        }
        flush()
    }

    private func emit(_ text: String) {
        pending += text
        if pending.utf8.count > 1 << 16 { flush() }
    }

    private func flush() {
        output.write(Data(pending.utf8))
        pending = ""
    }

    /// A cell as one csv/tsv field: lists and nested values as JSON, so they parse back.
    private func flat(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): return text ?? ""
        case .integer(let number): return number.map { String($0) } ?? ""
        case .real: return JSONText.value(cell) == "null" ? "" : JSONText.value(cell)
        case .list, .json: return JSONText.value(cell)
        }
    }

    private func delimited(_ fields: [String]) -> String {
        if format == .tsv {
            return fields.map { field in
                field.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
                    .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
            }.joined(separator: "\t") + "\n"
        }
        return fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\r\n"
    }
}
