/// `FoldedPage`: a page set in traditional characters, read as simplified.
///
/// Every rule of the reader is stated on simplified text ("本版主编", "记者",
/// "说，", "此外，"); a page of a Hong Kong or Taiwan paper writes "本版主編",
/// "記者", "說，", "此外，". Such a page is read through `TraditionalFold`
/// whole, and what the reading returns is turned back, scalar for scalar, into
/// the characters the page printed.
///
/// The way back must be exact, so a character is folded only where its fold
/// can be undone on this page: where "臺" and "颱" (both read "台") or "台"
/// and "臺" both appear, neither is folded and both are read as written.
///
/// `traditionalPage`: a page is traditional when at least `minimumCount`
/// of its characters, and one in `minimumShare` of its Han characters, are
/// characters simplified text never writes. A simplified page quoting a
/// name in traditional characters ("香港文匯報") stays as it is; its
/// byline, if it is one, is still read through `TraditionalFold.folded`.
struct FoldedPage {
    /// The page with its traditional characters folded.
    let text: String
    /// Each folded character and the one the page printed.
    private let unfold: [Unicode.Scalar: Unicode.Scalar]

    static let traditionalPage = "FoldedPage.traditionalPage"
    static let minimumCount = 10
    static let minimumShare = 12

    /// The page folded, or nil when it is not in traditional characters.
    init?(_ page: String) {
        // Every page is asked: count on the bitmap first, and build nothing
        // unless the page is traditional.
        let (han, traditional) = TraditionalFold.census(page.utf8)
        guard traditional >= Self.minimumCount, traditional * Self.minimumShare >= han else { return nil }
        let table = TraditionalFold.table
        var sources: [Unicode.Scalar: Set<Unicode.Scalar>] = [:]  // simplified → traditional ones printed
        var printedAsIs = Set<Unicode.Scalar>()
        for scalar in page.unicodeScalars where scalar.value >= 0x3400 {
            if let simplified = table[scalar] {
                sources[simplified, default: []].insert(scalar)
            } else {
                printedAsIs.insert(scalar)
            }
        }
        var fold: [Unicode.Scalar: Unicode.Scalar] = [:]
        var unfold: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (simplified, printed) in sources where printed.count == 1 && !printedAsIs.contains(simplified) {
            fold[printed.first!] = simplified
            unfold[simplified] = printed.first!
        }
        text = TraditionalFold.mapped(page, through: fold)
        self.unfold = unfold
    }

    /// Text read from the folded page, in the characters the page printed.
    func restore(_ text: String) -> String {
        TraditionalFold.mapped(text, through: unfold)
    }
}

extension FoldedPage {
    /// A reading of the folded page in the page's own characters; each block
    /// names the fold among its rules.
    func restore(_ reading: PageReading) -> PageReading {
        PageReading(
            blocks: reading.blocks.map { block in
                ClassifiedBlock(firstLine: block.firstLine, lines: block.lines.map(restore), role: block.role,
                                rule: Self.traditionalPage + " + " + block.rule, article: block.article)
            },
            articles: reading.articles.map { article in
                Article(headline: article.headline.map(restore), subheadlines: article.subheadlines.map(restore),
                        byline: article.byline.map(restore), sectionHeads: article.sectionHeads.map(restore),
                        pullQuotes: article.pullQuotes.map(restore), paragraphs: article.paragraphs.map(restore))
            })
    }
}
