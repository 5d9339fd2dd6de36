/// Reads the publication date and page label that a file path carries.
///
/// Rules:
/// - Date, from the file name first, then from the parent folders, nearest first:
///   - three numeric parts, 4 + 1–2 + 1–2 digits, in one name (`2021-07-02`, `2021_07_02`,
///     `2021.07.02`, `rmrb2021-7-2`) or as three folders (`2021/07/02/A05.txt`, `2021/07/02.txt`);
///   - eight digits read as `YYYYMMDD` (`20210702`, `rmrb20210702`);
///   - a written Chinese date (`人民日报2021年7月2日`).
///   The date must exist and lie in 1900...2100, so `20211302` or `12345678` give none.
/// - A name part that looks like a hash (hex, 12 or more characters, letters and digits,
///   as in `000_e46b5dd20027eeff.txt`) is never read, so its digits give no date.
/// - Page, from the file name only, never from the date's own digits:
///   `p04`/`P4`/`page04` → "04"/"4"; a capital letter and digits (`A05`) → "A05";
///   `第04版`/`04版` → "04"; a plain number of 1–3 digits (`-04`, `04.txt`) only when the
///   path has a date, since a lone counter (`000_…`) is not a page. Page 0 does not exist.
struct PathDateReader: Sendable {
    let date: CivilDate?
    let page: String?

    init(path: String) {
        let components = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).map(String.init)
        guard let fileName = components.last else {
            date = nil
            page = nil
            return
        }
        let stem = Self.stem(of: fileName)
        let stemParts = Self.parts(of: stem)
        let folders = Array(components.dropLast())
        // `2021/07/02.txt`: the name is the day of a year/month folder pair.
        let dayName = Self.date(inFolders: folders.suffix(2) + [stem], onlyEndingAtLast: true)
            .map { (date: $0, usedParts: Set(stemParts.indices)) }
        let stemDate = Self.date(inParts: stemParts) ?? dayName
        let date = stemDate?.date ?? Self.date(inFolders: folders)
        self.date = date
        let unused = stemParts.indices.filter { !(stemDate?.usedParts.contains($0) ?? false) }.map { stemParts[$0] }
        self.page = Self.page(in: unused, pathHasDate: date != nil)
    }

    // MARK: - Date

    private static func date(inParts parts: [String]) -> (date: CivilDate, usedParts: Set<Int>)? {
        for i in parts.indices where i + 2 < parts.count {
            if let year = trailingYear(of: parts[i]), isDigits(parts[i + 1], count: 1...2),
               isDigits(parts[i + 2], count: 1...2),
               let date = civilDate(year, parts[i + 1], parts[i + 2]) {
                return (date, [i, i + 1, i + 2])
            }
        }
        for (i, part) in parts.enumerated() where !isHash(part) {
            for run in digitRuns(in: part) where run.count == 8 {
                if let date = civilDate(String(run.prefix(4)), String(run.dropFirst(4).prefix(2)), String(run.suffix(2))) {
                    return (date, [i])
                }
            }
        }
        for (i, part) in parts.enumerated() {
            if let expression = DateScanner(part).expressions().first(where: { $0.day != nil && $0.year != nil }),
               let y = expression.year?.writtenValue, let m = expression.month?.writtenValue,
               let d = expression.day?.writtenValue, (1900...2100).contains(y),
               let date = CivilDate(year: y, month: m, day: d) {
                return (date, [i])
            }
        }
        return nil
    }

    /// Nearest folder first: a folder named like a date, or `YYYY/MM/DD` ending there.
    private static func date(inFolders folders: [String], onlyEndingAtLast: Bool = false) -> CivilDate? {
        for end in folders.indices.reversed() {
            if onlyEndingAtLast, end != folders.count - 1 { break }
            if !onlyEndingAtLast, let found = date(inParts: parts(of: folders[end])) { return found.date }
            if end >= 2, isDigits(folders[end - 2], count: 4...4), isDigits(folders[end - 1], count: 1...2),
               isDigits(folders[end], count: 1...2),
               let date = civilDate(folders[end - 2], folders[end - 1], folders[end]) {
                return date
            }
        }
        return nil
    }

    /// The year of a part that is four digits, possibly after a paper's letters: `2021`, `rmrb2021`.
    private static func trailingYear(of part: String) -> String? {
        let digits = String(part.reversed().prefix(while: { $0.isASCII && $0.isNumber }).reversed())
        let letters = part.dropLast(digits.count)
        guard digits.count == 4, letters.allSatisfy({ $0.isASCII && $0.isLetter }), !isHash(part) else { return nil }
        return digits
    }

    private static func civilDate(_ y: String, _ m: String, _ d: String) -> CivilDate? {
        guard let year = Int(y), let month = Int(m), let day = Int(d), (1900...2100).contains(year) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    // MARK: - Page

    private static func page(in parts: [String], pathHasDate: Bool) -> String? {
        for part in parts where !isHash(part) {
            let scalars = Array(part.unicodeScalars)
            for prefix in ["page", "Page", "PAGE", "p", "P"] {
                let digits = String(part.dropFirst(prefix.count))
                if part.hasPrefix(prefix), isDigits(digits, count: 1...3), isNonZero(digits) { return digits }
            }
            if scalars.count >= 2, scalars.count <= 4, ("A"..."Z").contains(scalars[0]),
               isDigits(String(part.dropFirst()), count: 1...3), isNonZero(String(part.dropFirst())) {
                return part
            }
            if part.hasSuffix("版") {
                let digits = String(part.dropLast().drop(while: { $0 == "第" }))
                if isDigits(digits, count: 1...3), isNonZero(digits) { return digits }
            }
        }
        guard pathHasDate else { return nil }
        return parts.first { isDigits($0, count: 1...3) && isNonZero($0) }
    }

    // MARK: - Name parts

    /// The file name without its extension (`.txt`, `.TXT`, `.text`).
    private static func stem(of fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return fileName }
        let ext = fileName[fileName.index(after: dot)...]
        guard (1...5).contains(ext.count), ext.contains(where: { $0.isLetter }),
              ext.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return fileName }
        return String(fileName[..<dot])
    }

    /// Parts of a name between separators: `rmrb_2021-07-02_p04` → rmrb, 2021, 07, 02, p04.
    private static func parts(of name: String) -> [String] {
        name.split(whereSeparator: { "-_. ".contains($0) }).map(String.init)
    }

    private static func isDigits(_ text: String, count: ClosedRange<Int>) -> Bool {
        count.contains(text.count) && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func isNonZero(_ digits: String) -> Bool {
        digits.contains { $0 != "0" }
    }

    /// A content hash or random id such as `e46b5dd20027eeff`: its digits mean nothing.
    static func isHash(_ part: String) -> Bool {
        part.count >= 12 && part.allSatisfy(\.isHexDigit)
            && part.contains(where: \.isLetter) && part.contains(where: \.isNumber)
    }

    private static func digitRuns(in part: String) -> [Substring] {
        part.split(whereSeparator: { !($0.isASCII && $0.isNumber) })
    }
}
