import FolioTokenizer
import GRDB

/// An in-memory database with the folio tokenizer registered, as the app does.
func makeFolioDatabase() throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.prepareDatabase { db in
        let code = FolioTokenizer.register(on: db.sqliteConnection!)
        guard code == 0 else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register folio")
        }
    }
    return try DatabaseQueue(configuration: configuration)
}

/// A one-column FTS5 table `t(x)` holding `documents` with rowids 1, 2, ….
func makeFolioTable(_ documents: [String]) throws -> DatabaseQueue {
    let database = try makeFolioDatabase()
    try database.write { db in
        try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='folio')")
        for (index, document) in documents.enumerated() {
            try db.execute(sql: "INSERT INTO t(rowid, x) VALUES (?, ?)", arguments: [index + 1, document])
        }
    }
    return database
}

/// `text` as an FTS5 string: quoted, embedded quotes doubled.
func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
