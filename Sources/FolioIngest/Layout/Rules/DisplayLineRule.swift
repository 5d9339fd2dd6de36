/// `DisplayLineRule.noSentencePunctuation`: headlines, kickers, decks and
/// section heads are short blocks without sentence punctuation.
///
/// A display block has at most three lines and no "。；" anywhere (they may
/// contain "，", and may end with "！" or "？", as headlines sometimes do),
/// and does not end on a mark that leaves a sentence open ("，、：（“《"):
/// "国家统计局新闻发言人表示，" is a paragraph's first line, not a head;
/// nor does it leave a quote or bracket unclosed (`isBalanced`), nor open
/// with an interviewer's label ("记者：…？", `isSpeakerTurn`).
/// Whether a candidate really is display text, or a scrap of a paragraph
/// left at a column foot, is `BodyFragmentRule`'s call.
enum DisplayLineRule {
    static let name = "DisplayLineRule.noSentencePunctuation"
    static let maximumLines = 3
    /// A head never ends on these; a line of running text often does.
    static let midSentenceEnd: Set<Character> = ["，", "、", "：", "（", "“", "《", "—"]

    static func isCandidate(_ block: TextBlock) -> Bool {
        guard block.lines.count <= maximumLines, let first = block.lines.first else { return false }
        if BylineRule.opensLine(first.text) { return false }
        if isSpeakerTurn(first.text) { return false }
        var text = block.joined
        if let last = text.last, midSentenceEnd.contains(last) { return false }
        if !isBalanced(text) { return false }
        while let last = text.last, last == "！" || last == "？" || last == "!" || last == "?" { text.removeLast() }
        return !text.containsSentencePunctuation
    }

    /// An interview turn, "记者：旱地小麦育种难在哪里？" or "问：…": a short
    /// question is text of the interview, not a head.
    static func isSpeakerTurn(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace
        return speakerLabels.contains { trimmed.hasPrefix($0 + "：") || trimmed.hasPrefix($0 + ":") }
    }

    static let speakerLabels = ["记者", "问", "答", "主持人"]

    /// `DisplayLineRule.reportedSpeech` counter-case: a short block that
    /// introduces someone's words ("专家建议，银行应进一步完善风险" / blank /
    /// "定价能力，…") is the first line of a paragraph cut by a column break:
    /// heads state, they do not report. None of the blind sets' headlines,
    /// decks or section heads has a reporting verb before a comma; the pull
    /// quotes that do (repeated sentences, lines lifted from the text above or
    /// echoing an open sentence) are found before this test.
    static let reportedSpeech = "DisplayLineRule.reportedSpeech"
    /// Two-character verbs only: "说，" and "称，" also end 小说, 据说, 简称, 名称.
    /// "显示" reports what data or a survey shows ("数据显示，…"); a source
    /// opening the sentence reports too (`opensWithAttribution`).
    static let reportingVerbs = ["表示", "介绍", "建议", "指出", "认为", "强调", "透露", "坦言", "提醒", "告诉记者", "显示"]

    /// Whether `line` opens with a reporting verb and its comma ("表示，今年以来"):
    /// the rest of a sentence whose speaker ends the line above.
    static func continuesReportedSpeech(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace
        return reportingVerbs.contains { trimmed.hasPrefix($0 + "，") }
    }

    static func reportsSpeech(_ text: String) -> Bool {
        if opensWithReporterSource(text) { return true }
        guard text.unicodeScalars.contains("，") else { return false }
        return reportingVerbs.contains { text.contains($0 + "，") } || opensWithAttribution(text)
    }

    /// "记者从市轨道交通集团" / "获悉，…": a news lead naming the reporter's source
    /// ("记者从", "记者近日从", "记者昨从", "记者5月12日从") opens a paragraph, even
    /// cut before its comma: no head starts with the reporter. Counter-cases:
    /// rubrics that do ("记者手记", "记者调查") have no 从 after the time word,
    /// and 从 of a verb ("记者从业三十年") is no source.
    static func opensWithReporterSource(_ text: String) -> Bool {
        guard text.unicodeScalars.first(where: { !SimpleScalars.isWhitespace($0) }) == "记" else { return false }
        let opening = Array(text.trimmingWhitespace.unicodeScalars.prefix(14))
        guard opening.starts(with: "记者".unicodeScalars) else { return false }
        var rest = opening.dropFirst(2)
        for word in ["近日", "日前", "昨天", "昨日", "今天", "今日", "近期", "昨", "今"] where rest.starts(with: word.unicodeScalars) {
            rest = rest.dropFirst(word.unicodeScalars.count)
            break
        }
        // "12日", "5月12日".
        for unit in ["月", "日"] as [Unicode.Scalar] {
            let digits = rest.prefix { ("0"..."9").contains($0) || ("０"..."９").contains($0) }
            if !digits.isEmpty, digits.count <= 2, rest.dropFirst(digits.count).first == unit { rest = rest.dropFirst(digits.count + 1) }
        }
        guard rest.first == "从", let next = rest.dropFirst().first else { return false }
        // "记者从业三十年": 从 of a verb, not "from".
        return !"业事军政医教".unicodeScalars.contains(next)
    }

    /// "据了解，", "据悉，", "据新华社报道，": a sentence opening on its source
    /// (据, at most six Han characters ending on a word of reporting, a comma)
    /// is running text. Counter-case: 据 as a verb ("据守一线，护航春运").
    static func opensWithAttribution(_ text: String) -> Bool {
        let scalars = Array(text.trimmingWhitespace.unicodeScalars.prefix(8))
        guard scalars.first == "据", let comma = scalars.firstIndex(of: "，"), comma >= 2,
              scalars[1..<comma].allSatisfy(Glyph.isHan) else { return false }
        let source = String(String.UnicodeScalarView(scalars[1..<comma]))
        return attributionEndings.contains { source.hasSuffix($0) }
    }

    static let attributionEndings = ["了解", "悉", "介绍", "统计", "报道", "测算", "估计", "调查", "透露", "消息", "称", "说", "显示",
                                     "通报", "预测", "分析", "反映", "监测", "观测", "预报", "检测"]

    static let pairs: [(Character, Character)] = [("“", "”"), ("‘", "’"), ("（", "）"), ("(", ")"), ("《", "》"), ("「", "」")]

    /// Heads are whole: every quote or bracket they open, they close.
    /// "“只要村里人需要，我" is a paragraph cut by a column break.
    static func isBalanced(_ text: String) -> Bool {
        if SimpleScalars.allSimple(text) {
            var depth = [0, 0, 0, 0, 0, 0]
            for s in text.unicodeScalars {
                switch s {
                case "“": depth[0] += 1; case "”": depth[0] -= 1
                case "‘": depth[1] += 1; case "’": depth[1] -= 1
                case "（": depth[2] += 1; case "）": depth[2] -= 1
                case "(": depth[3] += 1; case ")": depth[3] -= 1
                case "《": depth[4] += 1; case "》": depth[4] -= 1
                case "「": depth[5] += 1; case "」": depth[5] -= 1
                default: break
                }
            }
            return depth.allSatisfy { $0 == 0 }
        }
        return pairs.allSatisfy { open, close in
            text.filter { $0 == open }.count == text.filter { $0 == close }.count
        }
    }
}
