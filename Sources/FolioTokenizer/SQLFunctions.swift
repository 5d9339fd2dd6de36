import GRDBSQLite

/// SQL functions that let a sqlite3 shell user search Folio's positionless
/// index exactly, as the app does:
///
/// * `folio_query(text)`: the FTS5 MATCH expression of the candidates for
///   `text` read as one phrase (`FolioTokenizer.Phrase.candidateExpression`),
///   e.g. `folio_query('疫情防控')` is `("疫情" AND "情防" AND "防控")` (each
///   string ending in the invisible `bigramsOnlyMarker`); NULL when `text`
///   has nothing to search.
/// * `folio_contains(text, phrase)`: 1 when `phrase` occurs in `text` as
///   the index would find it with positions (folded, whole words,
///   consecutive tokens), else 0; 0 for a NULL text.
///
/// Why: with `detail = none` FTS5 refuses a quoted string of two or more
/// tokens, so `MATCH '"疫情防控"'` fails in the shell. The candidates plus
/// this check give exactly the articles containing the phrase.
enum SQLFunctions {
    static func register(on connection: OpaquePointer) -> Int32 {
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS
        var rc = sqlite3_create_function_v2(connection, "folio_query", 1, flags, nil, folioQueryFunction, nil, nil, nil)
        guard rc == SQLITE_OK else { return rc }
        rc = sqlite3_create_function_v2(connection, "folio_contains", 2, flags, nil, folioContainsFunction, nil, nil, nil)
        return rc
    }
}

/// SQLite copies a result given with this destructor.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// The UTF-8 bytes of a text argument (NULs included), or nil for NULL.
private func textBytes(_ value: OpaquePointer?) -> UnsafeBufferPointer<UInt8>? {
    guard let value, sqlite3_value_type(value) != SQLITE_NULL, let text = sqlite3_value_text(value) else { return nil }
    return UnsafeBufferPointer(start: text, count: Int(sqlite3_value_bytes(value)))
}

private func folioQueryFunction(_ context: OpaquePointer?, _ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let values, let bytes = textBytes(values[0]),
          let expression = FolioTokenizer.Phrase(String(decoding: bytes, as: UTF8.self)).candidateExpression else {
        sqlite3_result_null(context)
        return
    }
    sqlite3_result_text(context, expression, -1, transient)
}

/// A phrase kept by SQLite between rows (`sqlite3_set_auxdata`), so that it
/// is read once per statement, not once per row.
private final class PhraseBox {
    let phrase: FolioTokenizer.Phrase
    init(_ phrase: FolioTokenizer.Phrase) { self.phrase = phrase }
}

private func releasePhraseBox(_ pointer: UnsafeMutableRawPointer?) {
    guard let pointer else { return }
    Unmanaged<PhraseBox>.fromOpaque(pointer).release()
}

private func folioContainsFunction(_ context: OpaquePointer?, _ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let values else { return sqlite3_result_null(context) }
    let phrase: FolioTokenizer.Phrase
    if let kept = sqlite3_get_auxdata(context, 1) {
        phrase = Unmanaged<PhraseBox>.fromOpaque(kept).takeUnretainedValue().phrase
    } else {
        guard let bytes = textBytes(values[1]) else { return sqlite3_result_null(context) }
        phrase = FolioTokenizer.Phrase(String(decoding: bytes, as: UTF8.self))
        sqlite3_set_auxdata(context, 1, Unmanaged.passRetained(PhraseBox(phrase)).toOpaque(), releasePhraseBox)
    }
    guard let text = textBytes(values[0]), !phrase.pieces.isEmpty else { return sqlite3_result_int(context, 0) }
    sqlite3_result_int(context, phrase.occurs(in: FolioTokenizer.FoldedText(utf8: text)) ? 1 : 0)
}
