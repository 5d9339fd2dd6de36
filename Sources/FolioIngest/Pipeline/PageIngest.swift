/// The whole ingest pipeline for one file: bytes → decoded text → page
/// reading → articles → dates. Pure: the caller stores the result.
public enum PageIngest {
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - path: the file's path, read for a publication date and page label.
    ///   - overrides: `--date` or manifest values, which win over the path and text.
    public static func ingest(bytes: [UInt8], path: String, overrides: PublicationOverrides = .init()) throws(DecodingFailure) -> IngestedPage {
        let decoded = try TextDecoder.decode(bytes)
        let facts = publicationFacts(path: path, firstText: decoded.text, overrides: overrides)
        let reading = PageReader.read(decoded.text)
        return IngestedPage(
            encoding: decoded.encoding,
            publicationDate: facts.date,
            page: facts.page,
            reading: reading,
            entries: entries(of: reading, publicationDate: facts.date))
    }

    /// Publication date and page: overrides, then the path, then a folio line in the text.
    public static func publicationFacts(path: String, firstText: String, overrides: PublicationOverrides) -> (date: CivilDate?, page: String?) {
        // The path and text are read only for what the overrides leave open.
        if let date = overrides.date, let page = overrides.page { return (date, page) }
        let fromPath = PublicationInfo.fromPath(path)
        return (overrides.date ?? fromPath.date ?? PublicationInfo.fromPageText(firstText), overrides.page ?? fromPath.page)
    }

    /// Articles of a reading with their dates resolved.
    public static func entries(of reading: PageReading, publicationDate: CivilDate?) -> [IngestedPage.Entry] {
        reading.articles.map { article in
            IngestedPage.Entry(article: article, dates: DateFinder.dates(in: article, publicationDate: publicationDate))
        }
    }
}
