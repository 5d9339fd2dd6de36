/// The encoding a page file was found to be in; recorded in `sources.encoding`.
public enum SourceEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030 = "gb18030"
}
