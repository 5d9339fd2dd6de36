import FolioIngest

/// `PageReader.read` on arbitrary page text (bytes read as UTF-8, broken
/// sequences replaced, as after decoding).
///
/// Promises checked: blocks are in page order and do not overlap, lie inside
/// the page and are not empty; every article a block names exists and has a
/// paragraph, and no empty field; the articles contain no text the page does
/// not: every non-whitespace character of an article's fields occurs in the
/// page at least as often; and the dates found in them (`PageIngest.entries`,
/// with the page's folio-line date) pass `DatesCheck.checkMentions`.
enum LayoutCheck {
    static func check(_ bytes: [UInt8]) throws(InvariantViolation) {
        let text = String(decoding: bytes, as: UTF8.self)
        let reading = PageReader.read(text)
        // Lines as the reader counts them: "\r\n" is one Character, and "\r" ends a line too.
        let lineCount = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).count
        var nextFreeLine = 0
        for (index, block) in reading.blocks.enumerated() {
            try require(!block.lines.isEmpty, "block \(index) has no lines")
            try require(block.firstLine >= nextFreeLine,
                        "block \(index) starts at line \(block.firstLine), inside or before the previous block")
            try require(block.firstLine + block.lines.count <= lineCount,
                        "block \(index) (lines \(block.firstLine)+\(block.lines.count)) runs past the page's \(lineCount) lines")
            nextFreeLine = block.firstLine + block.lines.count
            if let article = block.article {
                try require(reading.articles.indices.contains(article),
                            "block \(index) names article \(article) of \(reading.articles.count)")
            }
        }

        for (index, article) in reading.articles.enumerated() {
            try require(!article.paragraphs.isEmpty, "article \(index) has no paragraph")
            let fields = [article.headline, article.byline].compactMap { $0 } + article.subheadlines
                + article.sectionHeads + article.pullQuotes + article.paragraphs
            try require(!fields.contains(where: \.isEmpty), "article \(index) has an empty field: \(article)")
        }

        // The rest of the import pipeline on these articles: their dates.
        for entry in PageIngest.entries(of: reading, publicationDate: PublicationInfo.fromPageText(text)) {
            try DatesCheck.checkMentions(entry.dates.headline, in: entry.article.headline ?? "")
            try DatesCheck.checkMentions(entry.dates.body, in: entry.article.paragraphs.joined(separator: "\n"))
        }

        var available = scalarCounts(text)
        for (index, article) in reading.articles.enumerated() {
            let fields = [article.headline, article.byline].compactMap { $0 }
                + article.subheadlines + article.sectionHeads + article.pullQuotes + article.paragraphs
            for field in fields {
                for (scalar, count) in scalarCounts(field) {
                    let left = available[scalar, default: 0] - count
                    try require(left >= 0, "article \(index) has \(debug(String(scalar))) more often than the page")
                    available[scalar] = left
                }
            }
        }
    }

    private static func scalarCounts(_ text: String) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            counts[scalar, default: 0] += 1
        }
        return counts
    }
}
