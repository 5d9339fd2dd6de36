import GRDBSQLite

/// Entry point of `libFolioTokenizer.so` as a SQLite loadable extension:
/// `sqlite3 folio.db '.load .build/release/libFolioTokenizer'` registers the
/// `folio` tokenizer and the SQL functions `folio_query()` and
/// `folio_contains()` (see `SQLFunctions`), with which a shell user searches
/// the archive's positionless index exactly.
///
/// SQLite derives the name from the file name (`libFolioTokenizer.so` →
/// `sqlite3_foliotokenizer_init`). The library calls the SQLite C API
/// directly rather than through the `sqlite3_api_routines` table, which is
/// sound because it links the same shared `libsqlite3.so.0` as the sqlite3
/// shell (a statically linked shell would need the routines table).
@_cdecl("sqlite3_foliotokenizer_init")
public func sqlite3_foliotokenizer_init(
    _ connection: OpaquePointer?,
    _ errorMessage: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ routines: UnsafeRawPointer?
) -> Int32 {
    guard let connection else { return SQLITE_ERROR }
    let rc = FolioTokenizer.register(on: connection)
    if rc != SQLITE_OK, let errorMessage {
        errorMessage.pointee = sqliteString("folio: cannot register the FTS5 tokenizer and its SQL functions (FTS5 unavailable?)")
    }
    return rc
}

/// A copy of `message` in memory from `sqlite3_malloc`, which SQLite frees
/// (`sqlite3_mprintf` is variadic, hence unavailable in Swift).
private func sqliteString(_ message: String) -> UnsafeMutablePointer<CChar>? {
    let bytes = Array(message.utf8CString)
    guard let memory = sqlite3_malloc(Int32(bytes.count)) else { return nil }
    let copy = memory.bindMemory(to: CChar.self, capacity: bytes.count)
    copy.update(from: bytes, count: bytes.count)
    return copy
}
