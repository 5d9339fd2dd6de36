/// Publication date and page read from outside the article text.
///
/// These are the pure steps 3 and 4 of the order; the caller applies
/// `--date` and the manifest first, and falls back to nil (never to a dateline:
/// Chinese dailies carry the previous day's dateline).
public enum PublicationInfo {
    /// Reads a date (`2021-07-02`, `20210702`, `2021_07_02`, `2021/07/02/…`) and a page
    /// label (`p01`, `-04`, `_A05`) from a file path. See `PathDateReader` for the rules.
    public static func fromPath(_ path: String) -> (date: CivilDate?, page: String?) {
        let reading = PathDateReader(path: path)
        return (reading.date, reading.page)
    }

    /// Reads a folio line such as "2020年3月28日 星期六" from the page text.
    /// See `FolioLine` for the rules.
    public static func fromPageText(_ text: String) -> CivilDate? {
        FolioLine.date(inPageText: text)
    }
}
