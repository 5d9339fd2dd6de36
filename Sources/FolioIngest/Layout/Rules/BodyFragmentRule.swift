/// `BodyFragmentRule`: a short unpunctuated block that is really a piece of
/// a paragraph cut off by a column break.
///
/// - `continuesOpenSentence`: the body before it stopped mid-sentence and the
///   block is as wide as the column. A headline never interrupts a sentence.
/// - `closesOpenSentence`: the same for a short block that ends the sentence
///   on "！" or "？".
/// - `columnFoot`: the first line of a paragraph stranded at the foot of a
///   column ("特朗普向习近平详细询问了" / blank / "中方有关疫情防控举措，…").
///   It is about a column wide less the lost two-character indent, the next
///   block is running text whose first line is full width (a continuation,
///   not an indented paragraph start) and does not open with a byline, and
///   its words occur nowhere else on the page (display lines usually repeat
///   or summarise body text), nor mostly in the next block (`headlineEcho`).
///   Counter-cases: a headline directly above its body: the body's first line
///   is indent-short, so the rule does not fire; the page's first text
///   block opens the first column, so it is never a column's foot; and a
///   whole quotation ("“不能让一个孩子掉队”") is a section head.
/// - `columnLines`: two or three lines that fill the column (the first may
///   be indent-short): a stretch of a paragraph between a paragraph start and
///   a column break. Display lines are set to their own measure, not the
///   column's. Counter-cases: a two-line head "疫情防控" / "取得阶段性重要成效"
///   is far narrower than the column; and three lines measure their own
///   column, but not below `narrowestColumn` ("全省启动" / "基层医疗机构" /
///   "能力提升行动" is a head); and a stretch that stops mid-sentence with
///   nothing but display lines, then a byline or the page's end, after it
///   is a head: a sentence never ends at an article's end without its mark;
///   and lines whose text recurs elsewhere on the page repeat it: a pull
///   quote set to the column ("要让小木耳真正成为" / "群众增收致富的“金耳朵”"
///   over "…王海涛说，要让小木耳真正成为群众增收致富的“金耳朵”。").
enum BodyFragmentRule {
    static let continuesOpenSentence = "BodyFragmentRule.continuesOpenSentence"
    static let closesOpenSentenceName = "BodyFragmentRule.closesOpenSentence"
    static let columnFoot = "BodyFragmentRule.columnFoot"
    static let columnLines = "BodyFragmentRule.columnLines"

    /// How far below the column a stranded first line may fall (indent 2 plus
    /// justification slack, and a character pushed out so that a closing
    /// mark does not open the next line).
    static let indentSlack = 4.5
    /// How far below the column the next block's first line may fall and
    /// still count as a continuation when a pull quote stands between: 1.5
    /// em, the most seen on the seed. Without a pull quote the stricter
    /// `ColumnWidth.isFull` applies, because a headline's body opens with a
    /// first line that can come within 1.5 em of the column when it ends on
    /// a compressed mark; a display line directly above a pull quote,
    /// though, stands inside an article's columns, where headlines do not.
    static let continuationSlack = 1.5
    /// A headline's words recur in the lead under it ("乡村医生守护村民健康"
    /// over "…五十八岁的乡村医生老李…村民的健康状况"); a paragraph's first
    /// line seldom recurs in its own continuation. At this share of its
    /// bigrams found in the next block the block is no fragment.
    static let headlineEcho = 0.5

    /// `closesOpenSentence`: the body before it stopped mid-sentence and the
    /// block, a line or two, ends the sentence with "！" or "？" ("…日本碰到本我"
    /// / blank / "们回等人！"). Such a short block passes for a head (heads may
    /// end on "！" or "？"), but a head never stands inside a sentence.
    /// Counter-case: after a finished sentence the same block stays a head.
    static func closesOpenSentence(_ block: TextBlock, previousBodyIsOpen: Bool) -> Bool {
        guard previousBodyIsOpen, block.lines.count <= 2, let last = block.joined.last else { return false }
        return "！？!?".contains(last)
    }

    static func continuesOpenSentence(_ block: TextBlock, previousBodyIsOpen: Bool, column: Double?) -> Bool {
        guard previousBodyIsOpen, let column else { return false }
        if block.lines.allSatisfy({ $0.width >= column - indentSlack && $0.width <= column + 1 }) { return true }
        // A first line that fills the column and a clause mark: running text,
        // however short the lines after it ("安门石首埋层人，资源轻轻一" / "百多条片刻间据").
        guard let first = block.lines.first, block.lines.count > 1 else { return false }
        return first.width >= column - continuationSlack && first.width <= column + 1 && Glyph.hasClausePunctuation(block.joined)
    }

    /// - Parameter nextIsBody: the next block is already known to be running
    ///   text; otherwise it must not look like a display block itself.
    static func isColumnFoot(
        _ block: TextBlock, next: TextBlock?, nextColumn: Double?, page: PageText, nextIsBody: Bool = false,
        pullQuoteBetween: Bool = false
    ) -> Bool {
        guard let next, let nextColumn, let nextFirst = next.lines.first, let last = block.lines.last else { return false }
        guard block.lines.count <= 2, !isWholeQuotation(block.joined) else { return false }
        if !nextIsBody, DisplayLineRule.isCandidate(next), !fillsColumn(next, column: nextColumn) { return false }
        if BylineRule.opensLine(nextFirst.text) { return false }
        if block.lines.count == 2, !ColumnWidth.isFull(last.width, column: nextColumn) { return false }
        guard last.width >= nextColumn - indentSlack, last.width <= nextColumn + 0.5 else { return false }
        if Bigrams(block.joined).containment(in: Bigrams(next.joined)) >= headlineEcho { return false }
        let slack = pullQuoteBetween ? continuationSlack : ColumnWidth.fullSlack
        guard nextFirst.width >= nextColumn - slack || isTypicalWidth(nextFirst, of: next) || opensWithSentenceEnd(next.joined)
                || (nextFirst.width >= nextColumn - junctionSlack && junctionRecurs(block.joined, next.joined, in: page))
        else { return false }
        return !page.contains(page.needle(block.joined))
    }

    /// `columnFoot` counter-case: a line that is one whole quotation,
    /// "“不能让一个孩子掉队”", closes what it opens: it is a section head
    /// quoting a speaker, as all four such lines over the blind sets are.
    static func isWholeQuotation(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.filter { !SimpleScalars.isWhitespace($0) })
        guard scalars.count >= 4, scalars.first == "“", scalars.last == "”" else { return false }
        return !scalars.dropFirst().dropLast().contains { $0 == "“" || $0 == "”" }
    }

    /// `columnFoot`, the word across the break: the last character of the
    /// block and the first of the next, read together, make a pair the page
    /// uses elsewhere, inside a block ("西湖公园管理处负" / "责人提醒，…" makes 负责,
    /// as in "相关负责人"): the break fell inside a word. Then a next first line
    /// up to `junctionSlack` short of the column still continues (ragged
    /// lines). Counter-cases: a head over its paragraph makes a pair no text
    /// has ("…赏花高峰" over "3月9日…"); a paragraph's first line is two
    /// characters short (its lost indent), more than `junctionSlack`, so a
    /// head over it is not taken for a fragment even when the pair recurs
    /// by chance ("…正在推进中" over "国家发展改革委…" on a page saying 中国).
    static func junctionRecurs(_ text: String, _ next: String, in page: PageText) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !SimpleScalars.isWhitespace($0) }), Glyph.isHan(last),
              let first = next.unicodeScalars.first(where: { !SimpleScalars.isWhitespace($0) }), Glyph.isHan(first) else { return false }
        var pair = String.UnicodeScalarView()
        pair.append(last)
        pair.append(first)
        // Inside a block only: the page runs its blocks together, and without
        // the block asked about its neighbours touch.
        return page.occurrences(of: page.needle(String(pair))).contains { !page.isBlockStart($0.lowerBound + 1) }
    }

    static let junctionSlack = 1.5

    /// `columnFoot`, the next block's tail: text that ends a sentence with
    /// "。" within its first `sentenceTailLength` characters ("午节。连日来，…"
    /// under "6月3日是中国传统节日端") finishes a sentence begun above it,
    /// whatever the width of its first line: no news paragraph opens with a
    /// statement that short. Questions and exclamations do ("怎么办？…", "好！…"
    /// in commentary), so "？" and "！" do not count.
    /// The tail may be a word in quotation marks ("“共生”。小龙虾…" under "稻虾综合
    /// 种养的奥妙在于").
    /// Counter-case: a clause mark that soon ("近日，…", "据悉，…") opens many
    /// paragraphs, so only "。" counts.
    static func opensWithSentenceEnd(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars.lazy.filter { !SimpleScalars.isWhitespace($0) }.prefix(sentenceTailLength + 3))[...]
        // The tail may be a word in quotation marks: "“共生”。小龙虾…" under "…的奥妙在于".
        let quoted = scalars.first == "“"
        if quoted { scalars = scalars.dropFirst() }
        let han = scalars.prefix { Glyph.isHan($0) }
        guard (1...sentenceTailLength).contains(han.count) else { return false }
        var rest = scalars.dropFirst(han.count)
        if quoted {
            guard rest.first == "”" else { return false }
            rest = rest.dropFirst()
        }
        return rest.first == "。"
    }

    static let sentenceTailLength = 2

    /// `wordTail`: a line that opens with one Han character and a comma or an
    /// enumeration comma ("例，公司去年实现…" under "以组件龙头晶辉能源为", "导、体育
    /// 锻炼…" under "课后服务内容包括作业辅") ends a word begun on the line above:
    /// no news paragraph opens with one character and a comma, while two
    /// ("近日，", "据悉，", "目前，") open many. Counter-cases: a numeral and "、"
    /// opens a numbered point ("一、坚持人民至上"), and one character and a colon
    /// an interview's turn ("问：…", "答：…"), under a head of their own.
    static func opensWithWordTail(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.drop(while: SimpleScalars.isWhitespace).makeIterator()
        guard let first = scalars.next(), Glyph.isHan(first), let second = scalars.next() else { return false }
        return second == "，" || (second == "、" && !"一二三四五六七八九十".unicodeScalars.contains(first))
    }

    /// Whether `line` is as wide as the typical full line of `block` (the
    /// median of the lines between its first and last), within
    /// `typicalSlack`: the widest line can overstate the column when one line
    /// carries wide digits or a hanging mark ("…过6亿人口…" at 13 em in a
    /// column of 12), and then a continuation looks indent-short against it.
    static func isTypicalWidth(_ line: PageLine, of block: TextBlock) -> Bool {
        let middle = block.lines.dropFirst().dropLast()
        guard middle.count >= 2 else { return false }
        return line.width >= ColumnWidth.median(middle) - typicalSlack
    }

    /// How far below the typical full line a continuation may fall.
    static let typicalSlack = 0.5

    static func fillsColumn(_ block: TextBlock, column: Double?) -> Bool {
        guard var column, block.lines.count >= 2 else { return false }
        // Three lines measure their own column, which may be narrower than
        // the neighbour's: columns of one page differ by a character or two.
        if block.lines.count >= ColumnWidth.selfMeasuringLines { column = min(column, block.widest) }
        // A measure narrower than any column is a head's: "全省启动" / "基层医疗机构" / "能力提升行动".
        guard column >= narrowestColumn else { return false }
        let first = block.lines[0].width
        guard first >= column - indentSlack, first <= column + 1 else { return false }
        return block.lines.dropFirst().allSatisfy { $0.width >= column - fullLineSlack && $0.width <= column + 1 }
    }

    /// Narrowest measure taken for a column: newspaper columns run 10–15
    /// characters; display lines broken narrower are set in larger type.
    static let narrowestColumn = 9.0

    /// How far below the column a full line may fall (justification, jitter).
    static let fullLineSlack = 2.0
}
