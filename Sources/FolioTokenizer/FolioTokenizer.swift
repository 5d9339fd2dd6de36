import GRDBSQLite

/// Folio's FTS5 tokenizer, `tokenize='folio'`.
///
/// SQLite's own tokenizers cannot search Chinese exactly: unicode61 makes a
/// whole Han run one token, and trigram cannot match queries shorter than
/// three characters. This tokenizer indexes every CJK character together with
/// the bigram that starts at it, so that queries of any length match exactly
/// the text containing them (see `Tokenization` for the scheme). Latin and
/// digit runs are lowercase words. Fullwidth forms, compatibility ideographs
/// and traditional characters are folded for search only; stored text is
/// never changed.
///
/// The app registers it on every connection with `register(on:)`; the sqlite3
/// shell loads the same code from `libFolioTokenizer.so`
/// (`sqlite3_foliotokenizer_init`).
public enum FolioTokenizer {
    /// The name given in `CREATE VIRTUAL TABLE … USING fts5(…, tokenize='folio')`.
    public static let name = "folio"

    /// The version of the token stream. An archive records the version its
    /// index was built with; bump this whenever tokens change (scheme, folding
    /// tables, classes), so the app knows to rebuild the index.
    public static let version = 1

    /// The tokens FTS5 sees for `text`: document tokens (characters with
    /// colocated bigrams) or query tokens (bigrams and a trailing character).
    public static func tokens(in text: String, forQuery: Bool) -> [Token] {
        tokens(inUTF8: Array(text.utf8), forQuery: forQuery)
    }

    /// The tokens FTS5 sees for raw UTF-8 `bytes`, which need not be valid:
    /// invalid bytes separate tokens like punctuation and keep offsets exact.
    public static func tokens(inUTF8 bytes: [UInt8], forQuery: Bool) -> [Token] {
        bytes.withUnsafeBufferPointer { bytes in
            var tokens: [Token] = []
            _ = Tokenization.tokenize(bytes, purpose: forQuery ? .query : .document) { token, start, end, colocated in
                tokens.append(Token(text: String(decoding: token, as: UTF8.self), byteRange: start ..< end, isColocated: colocated))
                return 0
            }
            return tokens
        }
    }

    /// `text` folded scalar by scalar as the tokenizer folds it before
    /// tokenizing: fullwidth ASCII to ASCII, simple lowercase, traditional and
    /// compatibility Han to simplified unified ideographs. The result has the
    /// same number of Unicode scalars, so scalar offsets carry over; use it to
    /// verify or locate matches in stored text.
    public static func folded(_ text: String) -> String {
        let han = HanFolding.table
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(Unicode.Scalar(ScalarFolding.fold(scalar.value, han: han)) ?? scalar)
        }
        return String(result)
    }

    /// A private-use scalar that, ending a query string, asks for the CJK run
    /// before it as bigrams only (see `Tokenization`): the same documents match
    /// and fewer postings are read, but FTS5's highlight() then marks that run
    /// short of its last character, so only a caller that marks hits itself
    /// should use it. On an index without positions it is what makes a bigram
    /// a query of one token: `Phrase.candidateTokens` (and so `SearchQuery`
    /// and the shell's `folio_query()`) end every string with it; users never
    /// type it.
    public static let bigramsOnlyMarker: UInt32 = 0xE002

    /// How the tokenizer reads one scalar of text, after folding.
    public enum ScalarKind: Sendable, Equatable {
        /// Part of a word token (letters and digits).
        case word
        /// A CJK character: indexed alone and in bigrams.
        case cjk
        /// Neither forms a token nor breaks a run (zero-width marks).
        case ignorable
        /// Ends a word or a CJK run.
        case separator
    }

    /// `text` folded as `folded(_:)` does, with the kind of each scalar: what
    /// callers need to find a query's words and CJK runs in stored text the
    /// way the index does, without tokenizing.
    public static func foldedScalars(_ text: String) -> [(scalar: Unicode.Scalar, kind: ScalarKind)] {
        let han = HanFolding.table
        return text.unicodeScalars.map { scalar in
            let value = ScalarFolding.fold(scalar.value, han: han)
            let kind: ScalarKind
            switch ScalarClass(value) {
            case .word: kind = .word
            case .cjk: kind = .cjk
            case .ignorable: kind = .ignorable
            case .separator: kind = .separator
            }
            return (Unicode.Scalar(value) ?? scalar, kind)
        }
    }

    /// Registers the tokenizer, and the SQL functions `folio_query()` and
    /// `folio_contains()` (see `SQLFunctions`), on a SQLite connection, e.g. from GRDB's
    /// `Configuration.prepareDatabase { db in FolioTokenizer.register(on: db.sqliteConnection!) }`.
    ///
    /// - returns: `SQLITE_OK`, or an SQLite error code (for example when the
    ///   library has no FTS5).
    public static func register(on connection: OpaquePointer) -> Int32 {
        guard let api = FTS5API.pointer(on: connection) else { return SQLITE_ERROR }
        var tokenizer = fts5_tokenizer(
            xCreate: folioTokenizerCreate,
            xDelete: folioTokenizerDelete,
            xTokenize: folioTokenizerTokenize)
        // FTS5 copies the fts5_tokenizer structure; nothing needs to outlive this call.
        let rc = api.pointee.xCreateTokenizer(api, name, nil, &tokenizer, nil)
        guard rc == SQLITE_OK else { return rc }
        return SQLFunctions.register(on: connection)
    }
}

/// Access to the `fts5_api` structure of a connection.
enum FTS5API {
    /// The pointer type SQLite expects for `SELECT fts5(?1)`. It must stay
    /// valid while the statement runs, hence a static string.
    private static let pointerType: StaticString = "fts5_api_ptr"

    static func pointer(on connection: OpaquePointer) -> UnsafeMutablePointer<fts5_api>? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nil) == SQLITE_OK else {
            return nil
        }
        defer { sqlite3_finalize(statement) }
        var api: UnsafeMutablePointer<fts5_api>?
        let bound = pointerType.utf8Start.withMemoryRebound(to: CChar.self, capacity: pointerType.utf8CodeUnitCount + 1) {
            sqlite3_bind_pointer(statement, 1, &api, $0, nil)
        }
        guard bound == SQLITE_OK else { return nil }
        _ = sqlite3_step(statement)
        guard let api, api.pointee.iVersion >= 2 else { return nil }
        return api
    }
}

// MARK: - FTS5 callbacks

/// `xCreate`: the tokenizer has no options and no state, but FTS5 needs a
/// non-null handle, so each instance is one allocated byte.
private func folioTokenizerCreate(
    _ context: UnsafeMutableRawPointer?,
    _ arguments: UnsafeMutablePointer<UnsafePointer<CChar>?>?,
    _ argumentCount: Int32,
    _ output: UnsafeMutablePointer<OpaquePointer?>?
) -> Int32 {
    guard argumentCount == 0 else { return SQLITE_ERROR }
    guard let handle = sqlite3_malloc(1) else { return SQLITE_NOMEM }
    output?.pointee = OpaquePointer(handle)
    return SQLITE_OK
}

private func folioTokenizerDelete(_ tokenizer: OpaquePointer?) {
    sqlite3_free(UnsafeMutableRawPointer(tokenizer))
}

private func folioTokenizerTokenize(
    _ tokenizer: OpaquePointer?,
    _ context: UnsafeMutableRawPointer?,
    _ flags: Int32,
    _ text: UnsafePointer<CChar>?,
    _ length: Int32,
    _ xToken: (@convention(c) (UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32, Int32, Int32) -> Int32)?
) -> Int32 {
    guard let xToken else { return SQLITE_ERROR }
    guard let text, length > 0 else { return SQLITE_OK }
    // Auxiliary functions (highlight, snippet) must see the document positions.
    let purpose: Tokenization.Purpose = flags & FTS5_TOKENIZE_QUERY != 0 ? .query : .document
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: Int(length))
    return Tokenization.tokenize(bytes, purpose: purpose) { token, start, end, colocated in
        token.withMemoryRebound(to: CChar.self) { token in
            xToken(context, colocated ? FTS5_TOKEN_COLOCATED : 0, token.baseAddress, Int32(token.count), Int32(start), Int32(end))
        }
    }
}
