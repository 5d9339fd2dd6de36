/// The fuzzed entry points. Each check runs one input through a Folio API
/// and throws `InvariantViolation` when a promise of that API is broken; a
/// crash inside Folio is of course also a finding.
///
/// The same checks serve libFuzzer (`FuzzEntry`, built with
/// `-DFOLIO_LIBFUZZER`), the replay command and the regression tests, so a
/// saved crashing input is replayed through exactly the code that found it.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// `TextDecoder.decode` and `decodeSection` on raw file bytes.
    case decoder
    /// `PageReader.read` on page text.
    case layout
    /// `DateFinder`, `ReferenceDate.forArticle` and `PublicationInfo`.
    case dates
    /// `FolioTokenizer.tokens` and the tokenizer inside a real FTS5 table.
    case tokenizer
    /// `SearchQuery(parsing:)` and its MATCH expression in a real FTS5 table.
    case query

    public func check(_ input: [UInt8]) throws(InvariantViolation) {
        switch self {
        case .decoder: try DecoderCheck.check(input)
        case .layout: try LayoutCheck.check(input)
        case .dates: try DatesCheck.check(input)
        case .tokenizer: try TokenizerCheck.check(input)
        case .query: try QueryCheck.check(input)
        }
    }
}

/// A broken promise of a fuzzed API, said in one sentence.
public struct InvariantViolation: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// Throws `InvariantViolation(message)` unless `condition` holds.
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(InvariantViolation) {
    if !condition { throw InvariantViolation(message()) }
}
