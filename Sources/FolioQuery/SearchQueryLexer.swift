/// Splits search input into lexemes: operators and terms.
///
/// Rules, in order, at the start of each whitespace-separated piece:
/// 1. A leading `-` followed by more text marks the term excluded.
/// 2. `column:` with a known column name (`SearchTerm.columns`, any case)
///    followed by more text restricts the term to that column.
/// 3. A `"` or `“` opens a phrase that ends at the next `"` or `”` (or at the
///    end of input); `*` right after the closing quote makes it a prefix.
///    Otherwise the term runs to the next whitespace, and quotes inside it are
///    literal.
/// 4. A bare `OR`, `AND` or `NOT` (uppercase, not quoted, no `-` or column) is
///    an operator.
/// 5. Trailing `*` after a Latin letter or digit (fullwidth included) makes a
///    prefix term; other `*` are literal.
/// Control characters count as whitespace.
enum SearchQueryLexer {
    enum Lexeme: Equatable {
        case or, and, not
        case term(SearchTerm, excluded: Bool)
    }

    static func lexemes(in input: String) -> [Lexeme] {
        let scalars = Array(input.unicodeScalars)
        var lexemes: [Lexeme] = []
        var i = 0
        func isSpace(_ index: Int) -> Bool {
            let s = scalars[index]
            return s.properties.isWhitespace || s.value < 0x20 || s.value == 0x7F
        }
        while i < scalars.count {
            if isSpace(i) { i += 1; continue }

            var excluded = false
            if scalars[i] == "-", i + 1 < scalars.count, !isSpace(i + 1) {
                excluded = true
                i += 1
            }
            var column: String?
            if let colon = columnPrefixEnd(scalars, from: i), colon + 1 < scalars.count, !isSpace(colon + 1) {
                column = String(String.UnicodeScalarView(scalars[i ..< colon])).lowercased()
                i = colon + 1
            }

            if scalars[i] == "\"" || scalars[i] == "\u{201C}" {
                var end = i + 1
                while end < scalars.count, scalars[end] != "\"", scalars[end] != "\u{201D}" { end += 1 }
                let text = String(String.UnicodeScalarView(scalars[i + 1 ..< end]))
                i = min(end + 1, scalars.count)
                var stars = false
                while i < scalars.count, scalars[i] == "*" { stars = true; i += 1 }
                let isPrefix = stars && endsWithWordCharacter(text)
                lexemes.append(.term(SearchTerm(text: text, column: column, isPrefix: isPrefix), excluded: excluded))
                continue
            }

            var end = i
            while end < scalars.count, !isSpace(end) { end += 1 }
            let piece = String(String.UnicodeScalarView(scalars[i ..< end]))
            i = end
            if !excluded, column == nil, let op = operatorLexeme(piece) {
                lexemes.append(op)
                continue
            }
            var text = piece
            var isPrefix = false
            if text.hasSuffix("*") {
                let stripped = String(text.unicodeScalars.reversed().drop { $0 == "*" }.reversed().map(Character.init))
                if endsWithWordCharacter(stripped) {
                    text = stripped
                    isPrefix = true
                }
            }
            lexemes.append(.term(SearchTerm(text: text, column: column, isPrefix: isPrefix), excluded: excluded))
        }
        return lexemes
    }

    private static func operatorLexeme(_ piece: String) -> Lexeme? {
        switch piece {
        case "OR": .or
        case "AND": .and
        case "NOT": .not
        default: nil
        }
    }

    /// The index of the `:` ending a known column name starting at `start`.
    private static func columnPrefixEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var end = start
        while end < scalars.count, end - start <= 16, scalars[end].isASCII,
              scalars[end].properties.isAlphabetic || scalars[end] == "_" {
            end += 1
        }
        guard end < scalars.count, scalars[end] == ":", end > start else { return nil }
        let name = String(String.UnicodeScalarView(scalars[start ..< end])).lowercased()
        return SearchTerm.columns.contains(name) ? end : nil
    }

    /// Whether `text` ends with an ASCII or fullwidth letter or digit, the
    /// only place where FTS5 prefix queries are meaningful for folio tokens.
    private static func endsWithWordCharacter(_ text: String) -> Bool {
        guard var value = text.unicodeScalars.last?.value else { return false }
        if (0xFF01 ... 0xFF5E).contains(value) { value -= 0xFEE0 }
        guard value < 0x80, let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || ("0" ... "9").contains(scalar)
    }
}
