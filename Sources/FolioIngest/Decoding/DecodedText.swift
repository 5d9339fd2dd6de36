/// A page's text after decoding: "\n" line endings, no BOM.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    public var encoding: SourceEncoding

    public init(text: String, encoding: SourceEncoding) {
        self.text = text
        self.encoding = encoding
    }
}
