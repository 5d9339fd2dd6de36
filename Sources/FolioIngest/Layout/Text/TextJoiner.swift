/// Removes line breaks and extraction whitespace the way the page was set.
///
/// Rules (each documented and tested):
/// - `CJKBreakRule`: a line break next to a CJK character joins with no space.
/// - `LatinWordBreakRule`: a break between two Latin letters was a space ("New\nYork" → "New York").
/// - `NumberBreakRule`: a break touching a digit joins with no space
///   ("G\n20" → "G20", "20\n19" → "2019"): numbers and model names are not split by spaces.
/// - `CJKSpaceRule`: whitespace between two CJK characters inside a line is an
///   extraction artifact and is dropped; other whitespace is kept as written
///   ("3月 25日" keeps its space, as the truth does).
enum TextJoiner {
    /// Joins the lines of one paragraph or display block.
    static func join<S: StringProtocol>(_ lines: [S]) -> String {
        var result = ""
        for line in lines {
            let cleaned = dropCJKSpaces(String(line)).trimmingWhitespace
            guard !cleaned.isEmpty else { continue }
            if let last = result.last, let first = cleaned.first, needsSpace(between: last, and: first) {
                result.append(" ")
            }
            result += cleaned
        }
        return result
    }

    /// `LatinWordBreakRule`: only a letter-letter break gets a space back.
    static func needsSpace(between last: Character, and first: Character) -> Bool {
        Glyph.isLatinLetter(last) && Glyph.isLatinLetter(first)
    }

    /// `CJKSpaceRule`: drops whitespace runs whose both neighbours are CJK.
    static func dropCJKSpaces(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            if chars[i].isWhitespace {
                var j = i
                while j < chars.count, chars[j].isWhitespace { j += 1 }
                let before = i > 0 ? chars[i - 1] : nil
                let after = j < chars.count ? chars[j] : nil
                if let before, let after, Glyph.isCJK(before), Glyph.isCJK(after) {
                    // artifact: drop
                } else {
                    out += String(chars[i..<j])
                }
                i = j
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
