extension FolioTokenizer {
    /// One token as the FTS5 index sees it.
    public struct Token: Hashable, Sendable, CustomStringConvertible {
        /// The folded token text: a lowercase word, one CJK character, or a CJK bigram.
        public var text: String
        /// UTF-8 byte offsets of the token in the original text (what highlight()
        /// and snippet() use to mark matches).
        public var byteRange: Range<Int>
        /// True when the token shares the position of the previous token
        /// (`FTS5_TOKEN_COLOCATED`): a document bigram sits at the position of
        /// its first character.
        public var isColocated: Bool

        public init(text: String, byteRange: Range<Int>, isColocated: Bool) {
            self.text = text
            self.byteRange = byteRange
            self.isColocated = isColocated
        }

        public var description: String {
            "\(isColocated ? "+" : "")\(text)@\(byteRange.lowerBound)..<\(byteRange.upperBound)"
        }
    }
}
