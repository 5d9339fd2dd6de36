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

    /// `DeckRule.profile`: a feature's deck naming its subject, "记乡村教师杨再兴"
    /// ("——记全国优秀乡村医生杨德明" with its dash), hangs from the headline above
    /// it as a dash-led deck does, even without the dash: over the blind sets
    /// four such lines, all decks. It is weighed where separate head blocks
    /// are (`HeadGroupRule`, `ClusterSplitRule`), and `folio inspect` names it
    /// `DeckRule.dashLead` there; a profile line glued under its headline is
    /// not cut from it. Counter-cases: "记者…" ("记者手记", "记者调查" are
    /// rubrics) and words that open heads ("记住乡愁", "记录…", "记一次难忘的
    /// 家访", "记在心上的民生事").
    static func isProfileLine(_ text: String) -> Bool {
        let line = text.trimmingWhitespace.drop { dashes.contains($0) }
        guard line.hasPrefix("记"), line.count >= 5, !Glyph.hasClausePunctuation(String(line)) else { return false }
        return !profileLookalikes.contains { line.hasPrefix($0) }
    }

    /// Words opening with 记 that open heads too: "记住乡愁", "记一次难忘的家访", "记在心上的民生事".
    private static let profileLookalikes = ["记者", "记住", "记录", "记忆", "记得", "记下", "记载", "记账", "记一", "记在", "记事", "记牢",
                                            "记挂", "记分", "记功", "记入", "记取"]

    /// The dashes a deck may open with: em dash, box-drawing line, full-width hyphen-minus, and the
    /// horizontal bar that text converted from GB code pages writes ("――记…").
    static let dashes: Set<Character> = ["—", "─", "－", "―"]

    /// Whether a head block hangs from the head above it: a dash-led deck or a profile line.
    static func hangsFromHeadAbove(_ text: String) -> Bool { opensWithDash(text) || isProfileLine(text) }

    static func opensWithDash(_ text: String) -> Bool {
        guard let first = text.first(where: { !$0.isWhitespace }) else { return false }
        return dashes.contains(first)
    }
}
