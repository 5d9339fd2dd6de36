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

    /// `DeckRule.visitAccount`: a deck saying the piece is an account of a
    /// visit, "浙江湖州推行“民间河长”制度见闻", "福建屏南传统村落活化利用侧记",
    /// "记者走近抗美援朝老战士王德厚", hangs from the headline above it as a
    /// profile line does: over the blind sets, ten lines of eight or more
    /// characters ending in 见闻, all decks under their headline, and one of
    /// a reporter's visit. Counter-cases: a rubric naming the genre alone
    /// ("一线见闻", "记者手记") is shorter and stays a kicker; "记者从…获悉" has
    /// no verb of visiting; under a rubric ("新春走基层" over "…教书人纪实") the
    /// account is the headline the rubric heads (`DisplayAssigner`).
    static func isVisitAccount(_ text: String) -> Bool {
        // Asked of every head: rejected on the last scalar or the 记 of 记者 first.
        guard let last = text.unicodeScalars.last(where: { !SimpleScalars.isWhitespace($0) }),
              "闻记实".unicodeScalars.contains(last) || text.unicodeScalars.contains("记") else { return false }
        let line = text.trimmingWhitespace.drop { dashes.contains($0) }
        guard line.count >= visitAccountLength, !Glyph.hasClausePunctuation(String(line)) else { return false }
        return ["见闻", "侧记", "纪实"].contains { line.hasSuffix($0) }
            || ["记者走近", "记者走进", "记者探访", "记者蹲点"].contains { line.hasPrefix($0) }
    }

    /// Shortest `visitAccount` line, in characters.
    static let visitAccountLength = 8

    /// Whether a head block hangs from the head above it: a dash-led deck, a
    /// profile line or an account of a visit.
    static func hangsFromHeadAbove(_ text: String) -> Bool { opensWithDash(text) || isProfileLine(text) || isVisitAccount(text) }

    static func opensWithDash(_ text: String) -> Bool {
        guard let first = text.first(where: { !$0.isWhitespace }) else { return false }
        return dashes.contains(first)
    }
}
