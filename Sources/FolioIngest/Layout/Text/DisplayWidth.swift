/// How wide a line is on the page, in em (one CJK character).
///
/// Columns are measured in CJK characters; Latin letters, digits and spaces
/// are set half-width, so they count as half a character. The measure is
/// approximate (proportional Latin, compressed punctuation), which is why
/// every rule that compares widths allows a tolerance of a character or more.
enum DisplayWidth {
    static func of<S: StringProtocol>(_ text: S) -> Double {
        text.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) }
    }
}
