/// `DeckRule.dashLead`: a display block that opens with a dash
/// ("——1193万名考生走进考场") is a deck: the dash hangs it from the head
/// above. It is never the first block of an article's head group, and in a
/// group it is the deck, whatever its words share with either body.
enum DashDeckRule {
    static let name = "DeckRule.dashLead"

    /// Whether `line`, opening with a dash, hangs from head lines set just
    /// above it with no blank line between ("以实干担当开好局起好步" /
    /// "——论扎实做好全年经济工作"): it is then a block of its own. The lines
    /// above must read as a head (no clause or sentence marks), and so must
    /// the dash line. Counter-case: a dash opening a line of running text
    /// ("他说" is not above it: the paragraph's lines carry punctuation) stays.
    static func hangsFromHead(_ line: PageLine, below above: [PageLine]) -> Bool {
        guard !above.isEmpty, above.count <= 3, opensWithDash(line.text), !Glyph.hasClausePunctuation(line.text) else { return false }
        return above.allSatisfy(\.readsAsHead)
    }

    static func opensWithDash(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        return first == "—" || first == "─" || first == "－"
    }
}
