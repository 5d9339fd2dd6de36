/// `RubricRule`: a column rubric (栏目名) printed above a headline: "国际观察",
/// "记者手记", "数说经济", "以案释法", "对话". It is the kicker of the head
/// below it, so
/// - a rubric set on the line above its headline with no blank between is a
///   block of its own (`BlockReader`), and
/// - in a run of display blocks between two articles, a rubric goes with the
///   headline under it (`ClusterSplitRule`), though its words say nothing of
///   either article: with the article below on a head-first page, with the
///   article above when that one's heads are set after its body.
///
/// Rubrics are a closed class of short labels, recognised by the words they
/// are made of. Counter-case: a headline that merely starts with such a word
/// ("聚焦乡村振兴新路径", longer than a rubric) is not one.
enum RubricLabel {
    /// Longest rubric, in characters.
    static let maximumLength = 6

    /// Words that end a rubric: "国际观察", "法治视点", "蹲点调研", "记者手记".
    static let endings = ["观察", "视点", "调研", "手记", "速览", "聚焦", "关注", "时评", "快评", "短评", "述评", "专访",
                          "一线", "走笔", "连线", "解读", "释法", "调查", "走基层", "面对面"]
    /// Words that open a rubric: "数说经济", "对话".
    static let openings = ["数说", "对话", "聚焦", "直击", "探访"]

    static func isRubric(_ text: String) -> Bool {
        let label = text.trimmingWhitespace
        guard (2...maximumLength).contains(label.count), label.allSatisfy(Glyph.isHan) else { return false }
        return endings.contains { label.hasSuffix($0) } || openings.contains { label.hasPrefix($0) }
    }
}
