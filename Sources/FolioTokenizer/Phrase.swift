extension FolioTokenizer {
    /// A query string matched the way an FTS5 phrase over this tokenizer's
    /// positions matches, without positions in the index.
    ///
    /// Why: an index built with `detail=none` (Folio's, see schema.sql)
    /// knows which articles hold a token but not where, and FTS5 refuses a
    /// query string of more than one token there. A phrase therefore does two
    /// jobs that must agree with the tokenizer:
    ///
    /// * `candidateTokens`: FTS5 strings of exactly one token each (each
    ///   character of a one-character run, each bigram of a longer run, each
    ///   word), whose AND holds in every text containing the phrase;
    /// * `forEachOccurrence`: where the phrase occurs in a text. A CJK run
    ///   matches consecutive characters of one run; a word matches a whole
    ///   word (a prefix, the start of one); consecutive pieces match
    ///   consecutive token positions whatever separators lie between them. So
    ///   "新冠 肺炎" occurs in "新冠，肺炎" and "新冠肺炎" but not in
    ///   "新冠病毒肺炎", and "疫情防控" not in "防控疫情", which holds every
    ///   one of its bigrams.
    ///
    /// Folio verifies, ranks and marks search hits with `forEachOccurrence`,
    /// and the sqlite3 shell's `folio_contains()` is the same code.
    public struct Phrase: Sendable, Equatable {
        /// One token position, or a run of positions, of the phrase.
        public enum Piece: Sendable, Equatable {
            /// A CJK run: that many consecutive characters of one run.
            case run([UInt32])
            /// A word token, folded and cut as the index cuts it; with
            /// `isPrefix`, any word token that starts with it.
            case word([UInt32], isPrefix: Bool)
        }

        /// The pieces in order; empty when the text has nothing to search.
        public let pieces: [Piece]
        /// FTS5 strings of one token each (`"疫情"`, `"covid"*`), without
        /// repeats. Each ends in `bigramsOnlyMarker`, so that a two-character
        /// string is its bigram alone.
        public let candidateTokens: [String]

        /// Reads `text` as the tokenizer reads a query; with `isPrefix`, a
        /// final word is a prefix (as `"text"*` in FTS5).
        public init(_ text: String, isPrefix: Bool = false) {
            var utf8 = Array(text.utf8)
            let folded = utf8.withUnsafeMutableBufferPointer { FoldedText(utf8: UnsafeBufferPointer($0)) }
            func original(_ first: Int, _ last: Int) -> String {
                String(decoding: utf8[Int(folded.byteStarts[first]) ..< Int(folded.byteEnds[last])], as: UTF8.self)
            }
            let marker = String(Unicode.Scalar(bigramsOnlyMarker)!)
            var pieces: [Piece] = []
            var tokens: [String] = []
            func token(_ string: String, prefix: Bool = false) {
                // Quotes separate tokens, so a token holds none; doubled anyway, as FTS5 strings need.
                let escaped = string.unicodeScalars.map { $0 == "\"" ? "\"\"" : String($0) }.joined()
                let quoted = "\"" + escaped + marker + "\"" + (prefix ? "*" : "")
                if !tokens.contains(quoted) { tokens.append(quoted) }
            }
            var i = 0
            while i < folded.count {
                let kind = folded.kinds[i]
                guard kind != .separator else { i += 1; continue }
                var end = i + 1
                while end < folded.count, folded.kinds[end] == kind { end += 1 }
                let scalars = Array(folded.scalars[i ..< end])
                if kind == .cjk {
                    pieces.append(.run(scalars))
                    if scalars.count == 1 { token(original(i, i)) }
                    for k in i ..< end - 1 { token(original(k, k + 1)) }
                } else {
                    let prefix = isPrefix && end == folded.count
                    pieces.append(.word(FolioTokenizer.indexedWord(scalars), isPrefix: prefix))
                    token(original(i, end - 1), prefix: prefix)
                }
                i = end
            }
            self.pieces = pieces
            candidateTokens = tokens
        }

        /// Whether the candidate tokens alone find exactly the texts holding
        /// the phrase: one piece that is one token (a character, a
        /// two-character run or a word).
        public var isSingleToken: Bool {
            guard pieces.count == 1 else { return false }
            if case .run(let characters) = pieces[0] { return characters.count <= 2 }
            return true
        }

        /// The candidate tokens ANDed, for FTS5 MATCH (nil when there are none).
        public var candidateExpression: String? {
            switch candidateTokens.count {
            case 0: nil
            case 1: candidateTokens[0]
            default: "(" + candidateTokens.joined(separator: " AND ") + ")"
            }
        }

        /// Calls `body` with the range of `text`'s scalars covered by each
        /// occurrence of the phrase, overlapping ones included, by start.
        public func forEachOccurrence(in text: FoldedText, _ body: (Range<Int>) -> Void) {
            guard let first = pieces.first else { return }
            let firstScalar: UInt32
            switch first {
            case .run(let characters): firstScalar = characters[0]
            case .word(let word, _): firstScalar = word.first ?? 0
            }
            text.scalars.withUnsafeBufferPointer { scalars in
                text.kinds.withUnsafeBufferPointer { kinds in
                    for start in 0 ..< scalars.count where scalars[start] == firstScalar {
                        if let end = match(at: start, scalars, kinds) { body(start ..< end) }
                    }
                }
            }
        }

        /// The number of occurrences in `text` (a term frequency, for ranking).
        public func count(in text: FoldedText) -> Int {
            var n = 0
            forEachOccurrence(in: text) { _ in n += 1 }
            return n
        }

        /// Whether the phrase occurs in `text`.
        public func occurs(in text: FoldedText) -> Bool {
            count(in: text) > 0
        }

        /// The end of the occurrence starting at `start`, or nil.
        private func match(at start: Int, _ scalars: UnsafeBufferPointer<UInt32>,
                           _ kinds: UnsafeBufferPointer<ScalarKind>) -> Int? {
            let n = scalars.count
            var p = start
            for (index, piece) in pieces.enumerated() {
                if index > 0 {
                    // The next token position: separators take none.
                    while p < n, kinds[p] == .separator { p += 1 }
                }
                guard p < n else { return nil }
                switch piece {
                case .run(let characters):
                    guard p + characters.count <= n else { return nil }
                    for (k, character) in characters.enumerated() {
                        guard kinds[p + k] == .cjk, scalars[p + k] == character else { return nil }
                    }
                    p += characters.count
                case .word(let word, let isPrefix):
                    // A word token is a whole run of word scalars.
                    guard kinds[p] == .word, p == 0 || kinds[p - 1] != .word else { return nil }
                    var end = p + 1
                    while end < n, kinds[end] == .word { end += 1 }
                    let indexed = FolioTokenizer.indexedWord(scalars[p ..< end])
                    guard isPrefix ? indexed.starts(with: word) : indexed == word else { return nil }
                    p = end
                }
            }
            return p
        }
    }
}
