/// `DeckRule.dashLead`: a display block that opens with a dash
/// ("——1193万名考生走进考场") is a deck: the dash hangs it from the head
/// above. It is never the first block of an article's head group, and in a
/// group it is the deck, whatever its words share with either body.
enum DashDeckRule {
    static let name = "DeckRule.dashLead"

    static func opensWithDash(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        return first == "—" || first == "─" || first == "－"
    }
}
