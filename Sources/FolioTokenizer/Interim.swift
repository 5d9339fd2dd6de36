import GRDBSQLite

// INTERIM tokenizer (single characters / lowercase ASCII words); replaced by the tokenizer branch.
public enum FolioTokenizer {
    public static let name = "folio"
    public static let version = 0

    public static func register(on connection: OpaquePointer) -> Int32 {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nil) == SQLITE_OK else { return SQLITE_ERROR }
        defer { sqlite3_finalize(statement) }
        var api: UnsafeMutablePointer<fts5_api>?
        _ = withUnsafeMutablePointer(to: &api) { pointer in
            sqlite3_bind_pointer(statement, 1, pointer, "fts5_api_ptr", nil)
        }
        _ = sqlite3_step(statement)
        guard let api else { return SQLITE_ERROR }
        var tokenizer = fts5_tokenizer(
            xCreate: { _, _, _, out in out?.pointee = OpaquePointer(bitPattern: 1); return SQLITE_OK },
            xDelete: { _ in },
            xTokenize: { _, context, _, text, length, emit in
                guard let text, let emit else { return SQLITE_OK }
                let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
                var i = 0
                var buffer = [CChar](repeating: 0, count: 8)
                while i < Int(length) {
                    let b = bytes[i]
                    var n = 1
                    if b >= 0xF0 { n = 4 } else if b >= 0xE0 { n = 3 } else if b >= 0xC0 { n = 2 }
                    if b < 0x80 {
                        if (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) {
                            var j = i
                            var word: [CChar] = []
                            while j < Int(length), bytes[j] < 0x80,
                                  (bytes[j] >= 0x30 && bytes[j] <= 0x39) || (bytes[j] | 0x20 >= 0x61 && bytes[j] | 0x20 <= 0x7A) {
                                word.append(CChar(bitPattern: bytes[j] >= 0x41 && bytes[j] <= 0x5A ? bytes[j] | 0x20 : bytes[j]))
                                j += 1
                            }
                            let rc = emit(context, 0, word, Int32(word.count), Int32(i), Int32(j))
                            if rc != SQLITE_OK { return rc }
                            i = j
                            continue
                        }
                        i += 1
                        continue
                    }
                    if n >= 3 && i + n <= Int(length) {
                        for k in 0..<n { buffer[k] = CChar(bitPattern: bytes[i + k]) }
                        let rc = emit(context, 0, buffer, Int32(n), Int32(i), Int32(i + n))
                        if rc != SQLITE_OK { return rc }
                    }
                    i += n
                }
                return SQLITE_OK
            })
        return api.pointee.xCreateTokenizer(api, name, nil, &tokenizer, nil)
    }
}
