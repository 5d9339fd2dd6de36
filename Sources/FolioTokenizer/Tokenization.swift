/// The tokenizer loop: one pass over UTF-8 bytes, exact byte offsets, tokens
/// emitted from a small reusable buffer (no allocation per token).
///
/// ## Token scheme
///
/// * A run of word scalars (ASCII letters and digits after folding, or letters
///   of other alphabets) is one token, lowercased (ASCII only).
/// * A CJK run `c1 c2 … cn` occupies one position per character.
///   - **Documents** emit, at position i, the character `ci` and, colocated,
///     the bigram `ci ci+1` (the last character has no bigram).
///   - **Queries** emit the bigrams `c1c2 … cn-1cn` at positions 0 … n−2,
///     then the last character `cn` at position n−1. A one-character run is
///     just that character.
///
///   A query run of n characters is thus a phrase over n consecutive positions.
///   It matches exactly the documents containing the run: consecutive bigrams
///   pin every character, and the trailing character keeps the positions of
///   whatever follows the run aligned (`疫情G20` is `疫情 情 g20` at positions
///   0, 1, 2, as in documents). It also makes highlight() exact: FTS5 marks
///   a match from the first to the last *position*, using the offsets of the
///   first (non-colocated) token at each position — a character — so the
///   phrase must end on the position of the last character.
///
/// A query run directly followed by `FolioTokenizer.bigramsOnlyMarker` (which
/// the app puts at the end of each term) emits its bigrams only: they already
/// match exactly the documents containing the run, and a character's postings
/// are the longest in the index, so a word query reads 3–5 times less. The
/// trailing character is still emitted for every other run, and for what users
/// type in the sqlite3 shell, where it keeps highlight() exact.
///
/// Folio's archive indexes without positions (`detail=none`, see schema.sql),
/// where FTS5 accepts only query strings of one token: there a bigram is
/// written with the marker (`"疫情<marker>"`), and phrases are checked on the
/// stored text by `FolioTokenizer.Phrase`, which reads text the way this loop
/// does. The positional scheme above still defines what a phrase means.
///
/// Word tokens are cut at `maxWordBytes` bytes (at a scalar boundary) the same
/// way in documents and queries.
enum Tokenization {
    enum Purpose { case document, query }

    /// Longest word token, in bytes.
    static let maxWordBytes = 128

    /// Emits (token bytes, start, end, colocated); a non-zero return stops
    /// tokenization and is returned.
    typealias Emit = (UnsafeBufferPointer<UInt8>, Int, Int, Bool) -> Int32

    static func tokenize(_ text: UnsafeBufferPointer<UInt8>, purpose: Purpose, emit: Emit) -> Int32 {
        let han = HanFolding.table
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxWordBytes + 16) { buffer in
            let base = buffer.baseAddress!
            // Word under construction: base[0 ..< wordCount].
            var wordCount = 0
            var wordStart = -1
            var wordEnd = 0
            // Previous CJK character: folded bytes in pair[0 ..< previousCount].
            let pair = base + maxWordBytes + 4
            var previousCount = 0
            var previousStart = 0
            var previousEnd = 0
            var runLength = 0

            @inline(__always) func flushWord() -> Int32 {
                guard wordStart >= 0 else { return 0 }
                let rc = emit(UnsafeBufferPointer(start: base, count: wordCount), wordStart, wordEnd, false)
                wordStart = -1
                wordCount = 0
                return rc
            }

            @inline(__always) func flushRun() -> Int32 {
                guard runLength > 0 else { return 0 }
                runLength = 0
                return emit(UnsafeBufferPointer(start: pair, count: previousCount), previousStart, previousEnd, false)
            }

            let count = text.count
            var i = 0
            while i < count {
                let start = i
                let (raw, length) = UTF8Scalar.decode(text, at: i)
                i += length
                let scalar = ScalarFolding.fold(raw, han: han)
                switch ScalarClass(scalar) {
                case .word:
                    if runLength > 0 { let rc = flushRun(); if rc != 0 { return rc } }
                    if wordStart < 0 { wordStart = start }
                    wordEnd = i
                    let needed = UTF8Scalar.length(of: scalar)
                    if wordCount + needed <= maxWordBytes {
                        UTF8Scalar.encode(scalar, into: base + wordCount)
                        wordCount += needed
                    }
                case .cjk:
                    if wordStart >= 0 { let rc = flushWord(); if rc != 0 { return rc } }
                    let needed = UTF8Scalar.length(of: scalar)
                    if runLength > 0 {
                        UTF8Scalar.encode(scalar, into: pair + previousCount)
                        let bigram = UnsafeBufferPointer(start: pair, count: previousCount + needed)
                        switch purpose {
                        case .document:
                            var rc = emit(UnsafeBufferPointer(start: pair, count: previousCount), previousStart, previousEnd, false)
                            if rc != 0 { return rc }
                            rc = emit(bigram, previousStart, i, true)
                            if rc != 0 { return rc }
                        case .query:
                            let rc = emit(bigram, previousStart, i, false)
                            if rc != 0 { return rc }
                        }
                    }
                    UTF8Scalar.encode(scalar, into: pair)
                    previousCount = needed
                    previousStart = start
                    previousEnd = i
                    runLength += 1
                case .ignorable:
                    if wordStart >= 0 { wordEnd = i }
                case .separator:
                    if wordStart >= 0 { let rc = flushWord(); if rc != 0 { return rc } }
                    if purpose == .query, raw == FolioTokenizer.bigramsOnlyMarker, runLength > 1 {
                        runLength = 0  // the run's bigrams pin it; its last character is not needed
                    }
                    if runLength > 0 { let rc = flushRun(); if rc != 0 { return rc } }
                }
            }
            if wordStart >= 0 { let rc = flushWord(); if rc != 0 { return rc } }
            return flushRun()
        }
    }
}

/// Minimal UTF-8 decoding and encoding for the tokenizer loop.
enum UTF8Scalar {
    /// Decodes the scalar at `i`. Invalid or truncated sequences decode as
    /// U+FFFD of length 1, so that every byte is consumed and offsets stay exact.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        let invalid: (UInt32, Int) = (0xFFFD, 1)
        let n = p.count
        if b0 < 0xC2 { return invalid }
        if b0 < 0xE0 {
            guard i + 1 < n else { return invalid }
            let b1 = UInt32(p[i + 1])
            guard b1 & 0xC0 == 0x80 else { return invalid }
            return ((b0 & 0x1F) << 6 | (b1 & 0x3F), 2)
        }
        if b0 < 0xF0 {
            guard i + 2 < n else { return invalid }
            let b1 = UInt32(p[i + 1]), b2 = UInt32(p[i + 2])
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return invalid }
            if b0 == 0xE0 && b1 < 0xA0 { return invalid }   // overlong
            if b0 == 0xED && b1 >= 0xA0 { return invalid }  // surrogate
            return ((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F), 3)
        }
        if b0 < 0xF5 {
            guard i + 3 < n else { return invalid }
            let b1 = UInt32(p[i + 1]), b2 = UInt32(p[i + 2]), b3 = UInt32(p[i + 3])
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return invalid }
            if b0 == 0xF0 && b1 < 0x90 { return invalid }   // overlong
            if b0 == 0xF4 && b1 >= 0x90 { return invalid }  // beyond U+10FFFF
            return ((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F), 4)
        }
        return invalid
    }

    @inline(__always)
    static func length(of s: UInt32) -> Int {
        s < 0x80 ? 1 : s < 0x800 ? 2 : s < 0x10000 ? 3 : 4
    }

    @inline(__always)
    static func encode(_ s: UInt32, into p: UnsafeMutablePointer<UInt8>) {
        if s < 0x80 {
            p[0] = UInt8(s)
        } else if s < 0x800 {
            p[0] = UInt8(0xC0 | s >> 6)
            p[1] = UInt8(0x80 | s & 0x3F)
        } else if s < 0x10000 {
            p[0] = UInt8(0xE0 | s >> 12)
            p[1] = UInt8(0x80 | (s >> 6) & 0x3F)
            p[2] = UInt8(0x80 | s & 0x3F)
        } else {
            p[0] = UInt8(0xF0 | s >> 18)
            p[1] = UInt8(0x80 | (s >> 12) & 0x3F)
            p[2] = UInt8(0x80 | (s >> 6) & 0x3F)
            p[3] = UInt8(0x80 | s & 0x3F)
        }
    }
}
