extension FolioTokenizer {
    /// Text as the tokenizer reads it, scalar by scalar: folded, classified,
    /// zero-width marks left out, each scalar with its UTF-8 bytes in the
    /// original text.
    ///
    /// Why: an index with `detail=none` knows which articles hold a token but
    /// not where, so Folio checks phrases, columns and counts in the stored
    /// text itself. Building that check on the tokenizer's own decoding,
    /// folding and classes (rather than on Foundation's idea of a character)
    /// is what keeps it the same as the index: a token boundary here is a
    /// token boundary there. One pass over UTF-8 bytes, no `String` needed.
    public struct FoldedText: Sendable {
        /// Folded scalar values; ignorable scalars are left out, so two CJK
        /// characters around a zero-width joiner are neighbours, as in the index.
        public let scalars: [UInt32]
        /// How the tokenizer reads each scalar of `scalars` (never `.ignorable`).
        public let kinds: [ScalarKind]
        /// Offset of each scalar's first byte in the original UTF-8 text
        /// (empty when made without offsets).
        public let byteStarts: [Int32]
        /// Offset just past each scalar's last byte in the original UTF-8 text.
        public let byteEnds: [Int32]
        /// Token positions in the text: one per CJK character, one per word.
        /// FTS5 counts a column's size the same way (colocated bigrams do not
        /// count), so it is the length bm25-style ranking normalises by.
        public let positionCount: Int

        /// Folds and classifies UTF-8 bytes, which need not be valid: an
        /// invalid byte reads as U+FFFD, a separator, as in the tokenizer.
        /// Without `offsets`, `byteStarts` and `byteEnds` are left empty:
        /// checking and counting occurrences does not need them, marking does.
        public init(utf8 bytes: UnsafeBufferPointer<UInt8>, offsets: Bool = true) {
            let han = HanFolding.table
            let count = bytes.count
            // One pass into buffers sized for the worst case (one scalar per
            // byte): this runs over every article a search reads.
            var kept = 0
            var positions = 0
            var kinds: [ScalarKind] = []
            var starts = [Int32](repeating: 0, count: offsets ? count : 0)
            var ends = [Int32](repeating: 0, count: offsets ? count : 0)
            scalars = [UInt32](unsafeUninitializedCapacity: count) { scalars, scalarCount in
                kinds = [ScalarKind](unsafeUninitializedCapacity: count) { kinds, kindCount in
                    var previousWasWord = false
                    var i = 0
                    while i < count {
                        let start = i
                        let (raw, length) = UTF8Scalar.decode(bytes, at: i)
                        i += length
                        let scalar = ScalarFolding.fold(raw, han: han)
                        let kind: ScalarKind
                        switch ScalarClass(scalar) {
                        case .ignorable: continue
                        case .word:
                            kind = .word
                            if !previousWasWord { positions += 1 }
                        case .cjk:
                            kind = .cjk
                            positions += 1
                        case .separator: kind = .separator
                        }
                        previousWasWord = kind == .word
                        scalars.initializeElement(at: kept, to: scalar)
                        kinds.initializeElement(at: kept, to: kind)
                        if offsets {
                            starts[kept] = Int32(truncatingIfNeeded: start)
                            ends[kept] = Int32(truncatingIfNeeded: i)
                        }
                        kept += 1
                    }
                    kindCount = kept
                }
                scalarCount = kept
            }
            if offsets {
                starts.removeLast(count - kept)
                ends.removeLast(count - kept)
            }
            self.kinds = kinds
            byteStarts = starts
            byteEnds = ends
            positionCount = positions
        }

        /// Folds and classifies a string's UTF-8.
        public init(_ text: String) {
            var text = text
            self = text.withUTF8 { FoldedText(utf8: $0) }
        }

        /// The number of kept scalars.
        public var count: Int { scalars.count }
    }

    /// The longest word token, in UTF-8 bytes of folded text: a longer word
    /// keeps the scalars that still fit, in documents and queries alike (see
    /// `Tokenization`), so words that agree on those are the same token.
    public static let maximumWordBytes = Tokenization.maxWordBytes

    /// The scalars of a folded word that its index token keeps: all of them
    /// unless it is longer than `maximumWordBytes`.
    public static func indexedWord<C: Collection>(_ word: C) -> [UInt32] where C.Element == UInt32 {
        guard word.count * 4 > maximumWordBytes else { return Array(word) }
        var kept: [UInt32] = []
        var bytes = 0
        for scalar in word {
            let needed = UTF8Scalar.length(of: scalar)
            // As the tokenizer: a scalar that does not fit is skipped, a later one that fits is kept.
            if bytes + needed <= maximumWordBytes {
                kept.append(scalar)
                bytes += needed
            }
        }
        return kept
    }
}
