/// A paragraph rebuilt across column breaks: stage 4 of the reader.
struct Paragraph: Equatable {
    var lines: [PageLine]
    /// Indices of the blocks that contributed lines (a paragraph may span
    /// several column stretches, with display blocks between them).
    var blocks: [Int]
    /// The byline that opened this paragraph, and with it an article.
    var byline: String?
    /// For each entry of `blocks`, the rule by which that block's first line
    /// joined or started this paragraph: what `folio inspect` shows.
    var decisions: [String] = []
    /// Whether the byline is part of the first line (and must be cut from the text),
    /// rather than a line of its own.
    var bylineInText = false
    /// An author note set after this paragraph ("（作者为…）"): the byline of
    /// its article if nothing opened the article with one.
    var authorNote: String?

    var firstBlock: Int { blocks.first ?? 0 }
    var lastBlock: Int { blocks.last ?? 0 }
    var isClosed: Bool { lines.last?.text.endsSentence ?? true }

    /// The paragraph's text, line breaks removed, byline cut off.
    var text: String {
        let joined = TextJoiner.join(lines.map(\.text))
        guard let byline, bylineInText else { return joined }
        return Self.dropping(nonWhitespaceCount: byline.nonWhitespaceCount, from: joined)
    }

    /// Raw text with spaces kept, for finding the byline as written.
    var rawText: String {
        if lines.allSatisfy({ SimpleScalars.allSimple($0.text) }) {
            // Each scalar a Character: the same test on the scalars at the joins.
            var result = ""
            var last: Unicode.Scalar?
            for line in lines {
                if let last, let first = line.text.unicodeScalars.first, Glyph.isLatinLetter(last), Glyph.isLatinLetter(first) {
                    result.append(" ")
                }
                result += line.text
                last = result.unicodeScalars.last
            }
            return result
        }
        var result = ""
        for line in lines {
            if let last = result.last, let first = line.text.first, TextJoiner.needsSpace(between: last, and: first) {
                result.append(" ")
            }
            result += line.text
        }
        return result
    }

    static func dropping(nonWhitespaceCount: Int, from text: String) -> String {
        var remaining = nonWhitespaceCount
        if SimpleScalars.allSimple(text) {
            // Each scalar a Character: count scalars.
            let scalars = text.unicodeScalars
            var index = scalars.startIndex
            while remaining > 0, index < scalars.endIndex {
                if !SimpleScalars.isWhitespace(scalars[index]) { remaining -= 1 }
                scalars.formIndex(after: &index)
            }
            return String(text[index...]).trimmingWhitespace
        }
        var index = text.startIndex
        while remaining > 0, index < text.endIndex {
            if !text[index].isWhitespace { remaining -= 1 }
            index = text.index(after: index)
        }
        return String(text[index...]).trimmingWhitespace
    }
}

/// Rebuilds paragraphs from the body blocks in page order.
///
/// Display blocks and pull quotes between two body blocks are skipped over:
/// a pull quote set inside a column can interrupt a sentence, which then
/// continues in the next body block (`ParagraphBreakRule.openSentence`).
/// A block that opens with a byline always starts a paragraph.
enum ParagraphBuilder {
    static func build(_ blocks: [TextBlock], verdicts: [BlockVerdict], columns: [Double?]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var pendingByline: (text: String, block: Int)?
        var previousColumn: Double = 0
        var displayBetween = false
        for (b, block) in blocks.enumerated() {
            switch verdicts[b].kind {
            case .byline where verdicts[b].rule == BylineRule.authorNote:
                // An author note closes the article above it.
                if !paragraphs.isEmpty {
                    paragraphs[paragraphs.count - 1].authorNote = block.texts.map(\.trimmingWhitespace).joined()
                    paragraphs[paragraphs.count - 1].blocks.append(b)
                    paragraphs[paragraphs.count - 1].decisions.append(BylineRule.authorNote)
                }
                continue
            case .byline:
                pendingByline = (block.lines[0].text, b)
                continue
            case .body: break
            case .display:
                displayBetween = true
                continue
            default: continue
            }
            defer { displayBetween = false }
            let column = columns[b] ?? block.widest
            let opensWithByline = BylineRule.opensLine(block.lines[0].text)
            var pieces: [[PageLine]] = []
            var start = 0
            for cut in ParagraphBreakRule.breaks(in: block.lines, column: column) {
                pieces.append(Array(block.lines[start...cut]))
                start = cut + 1
            }
            pieces.append(Array(block.lines[start...]))

            for (k, piece) in pieces.enumerated() {
                if k == 0, !opensWithByline, pendingByline == nil, var last = paragraphs.last, let lastLine = last.lines.last,
                   ParagraphBreakRule.continues(
                       last: lastLine, lastColumn: previousColumn, lastIsFirstLine: last.lines.count == 1,
                       first: piece[0], firstColumn: column, headBetween: displayBetween) {
                    last.lines += piece
                    last.blocks.append(b)
                    last.decisions.append(
                        !lastLine.text.endsSentence ? ParagraphBreakRule.openSentence
                            : ParagraphBreakRule.attributesQuotation(lastLine.text, piece[0].text) ? ParagraphBreakRule.quoteAttribution
                            : ParagraphBreakRule.fullLines)
                    paragraphs[paragraphs.count - 1] = last
                    continue
                }
                var paragraph = Paragraph(lines: piece, blocks: [b], byline: nil)
                paragraph.decisions = [k > 0 ? ParagraphBreakRule.endInsideBlock
                    : paragraphs.isEmpty ? ParagraphBreakRule.pageStart : ParagraphBreakRule.sentenceEnd]
                if k == 0, opensWithByline {
                    paragraph.byline = BylineRule.prefix(of: paragraph.rawText)
                    paragraph.bylineInText = true
                    paragraph.decisions = [BylineRule.name + ".opensParagraph"]
                } else if let pending = pendingByline {
                    paragraph.byline = pending.text
                    paragraph.blocks.insert(pending.block, at: 0)
                    paragraph.decisions.insert(BylineRule.name + ".wholeLine", at: 0)
                }
                pendingByline = nil
                paragraphs.append(paragraph)
            }
            previousColumn = column
        }
        // A credit "（记者 王晓明）" may run on past a column break: read the
        // byline once the paragraph is whole.
        for p in paragraphs.indices where paragraphs[p].bylineInText {
            paragraphs[p].byline = BylineRule.prefix(of: paragraphs[p].rawText)
        }
        if let pending = pendingByline {
            var paragraph = Paragraph(lines: [], blocks: [pending.block], byline: pending.text)
            paragraph.decisions = [BylineRule.name + ".wholeLine"]
            paragraphs.append(paragraph)
        }
        return paragraphs
    }
}
