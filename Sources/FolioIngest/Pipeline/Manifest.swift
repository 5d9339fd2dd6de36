import Foundation

/// A `manifest.csv` with columns `file,publication_date[,page,paper]`: the
/// publication facts for files whose names carry none.
public struct Manifest: Sendable, Equatable {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missingColumns(found: [String])
        case badDate(line: Int, value: String)

        public var description: String {
            switch self {
            case .missingColumns(let found):
                return "manifest needs the columns file,publication_date (found: \(found.joined(separator: ",")))"
            case .badDate(let line, let value):
                return "manifest line \(line): \"\(value)\" is not a date (YYYY-MM-DD)"
            }
        }
    }

    /// Rows keyed by the `file` column as written (a file name or a relative path).
    public private(set) var rows: [String: PublicationOverrides] = [:]

    public init(rows: [String: PublicationOverrides]) {
        self.rows = rows
    }

    public init(csv text: String) throws(Failure) {
        let records = CSV.parse(text)
        guard let header = records.first else { return }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let fileColumn = names.firstIndex(of: "file"),
              let dateColumn = names.firstIndex(of: "publication_date") else {
            throw .missingColumns(found: names)
        }
        let pageColumn = names.firstIndex(of: "page")
        let paperColumn = names.firstIndex(of: "paper")
        for (index, record) in records.dropFirst().enumerated() {
            func field(_ column: Int?) -> String? {
                guard let column, column < record.count else { return nil }
                let value = record[column].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            guard let file = field(fileColumn) else { continue }
            var overrides = PublicationOverrides(page: field(pageColumn), paper: field(paperColumn))
            if let text = field(dateColumn) {
                guard let date = CivilDate(iso: text) else { throw .badDate(line: index + 2, value: text) }
                overrides.date = date
            }
            rows[file] = overrides
        }
    }

    /// The row for a file, matched by its path relative to the manifest's
    /// folder first, then by its bare file name.
    public func overrides(relativePath: String, fileName: String) -> PublicationOverrides? {
        rows[relativePath] ?? rows[fileName]
    }
}

/// RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": inQuotes = true
            case ",": record.append(field); field = ""
            case "\r": break
            case "\n":
                record.append(field); field = ""
                if !(record.count == 1 && record[0].isEmpty) { records.append(record) }
                record = []
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
