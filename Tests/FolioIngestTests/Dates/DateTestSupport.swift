@testable import FolioIngest

/// Shorthands for the date tests: mentions as (text, date) pairs, easy to compare.
struct TextAndDate: Equatable, CustomStringConvertible {
    let text: String
    let date: String?
    init(_ text: String, _ date: String?) {
        self.text = text
        self.date = date
    }
    var description: String { "\(text)→\(date ?? "nil")" }
}

/// The mentions of `text` against a reference given as `YYYY-MM-DD` (nil for none).
func found(_ text: String, reference: String? = nil) -> [TextAndDate] {
    let ref = reference.flatMap { CivilDate(iso: $0) }.map(ReferenceDate.init)
    return DateFinder.mentions(in: text, reference: ref).map { TextAndDate($0.text, $0.date) }
}

/// Only the texts of the mentions of `text`.
func foundTexts(_ text: String) -> [String] {
    found(text).map(\.text)
}

func civil(_ iso: String) -> CivilDate {
    CivilDate(iso: iso)!
}
