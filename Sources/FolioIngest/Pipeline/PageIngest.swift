/// The whole ingest pipeline for one file: bytes → decoded text → page
/// reading → articles → dates. Pure: the caller stores the result.
public enum PageIngest {
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - path: the file's path, read for a publication date and page label.
    ///   - overrides: `--date` or manifest values, which win over the path and text.
    public static func ingest(bytes: [UInt8], path: String, overrides: PublicationOverrides = .init()) throws(DecodingFailure) -> IngestedPage {
        let decoded = try TextDecoder.decode(bytes)
        let reading = PageReader.read(decoded.text)
        let fromPath = PublicationInfo.fromPath(path)
        let publicationDate = overrides.date ?? fromPath.date ?? PublicationInfo.fromPageText(decoded.text)
        let entries = reading.articles.map { article in
            IngestedPage.Entry(article: article, dates: DateFinder.dates(in: article, publicationDate: publicationDate))
        }
        return IngestedPage(
            encoding: decoded.encoding,
            publicationDate: publicationDate,
            page: overrides.page ?? fromPath.page,
            reading: reading,
            entries: entries)
    }
}
