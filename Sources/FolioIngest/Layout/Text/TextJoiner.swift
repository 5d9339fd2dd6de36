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
        if lines.allSatisfy({ SimpleScalars.allSimple($0) }) { return joinSimple(lines) }
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

    /// `join` for simple lines (see `SimpleScalars`): the same rules on scalars.
    private static func joinSimple<S: StringProtocol>(_ lines: [S]) -> String {
        var result = ""
        result.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count })
        var last: Unicode.Scalar?
        for line in lines {
            // Most lines hold no whitespace at all: nothing to drop or trim.
            let line = Substring(line)
            let bare = line.utf8.withContiguousStorageIfAvailable { !SimpleScalars.containsWhitespace(utf8: $0) } ?? false
            let cleaned = bare ? line : dropCJKSpacesSimple(line).trimmingSimpleWhitespace
            guard let first = cleaned.unicodeScalars.first else { continue }
            if let last, Glyph.isLatinLetter(last), Glyph.isLatinLetter(first) { result.append(" ") }
            result += cleaned
            last = cleaned.unicodeScalars.last
        }
        return result
    }

    /// `LatinWordBreakRule`: only a letter-letter break gets a space back.
    static func needsSpace(between last: Character, and first: Character) -> Bool {
        Glyph.isLatinLetter(last) && Glyph.isLatinLetter(first)
    }

    /// `CJKSpaceRule`: drops whitespace runs whose both neighbours are CJK.
    static func dropCJKSpaces(_ text: String) -> String {
        if SimpleScalars.allSimple(text) { return String(dropCJKSpacesSimple(text[...])) }
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

    /// `dropCJKSpaces` for a simple text; a line without whitespace is returned as is.
    private static func dropCJKSpacesSimple(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard var i = scalars.firstIndex(where: SimpleScalars.isWhitespace) else { return text }
        var out = ""
        var kept = scalars.startIndex
        while i < scalars.endIndex {
            guard SimpleScalars.isWhitespace(scalars[i]) else { i = scalars.index(after: i); continue }
            var j = i
            while j < scalars.endIndex, SimpleScalars.isWhitespace(scalars[j]) { j = scalars.index(after: j) }
            if i > scalars.startIndex, j < scalars.endIndex,
               Glyph.isCJK(scalars[scalars.index(before: i)]), Glyph.isCJK(scalars[j]) {
                out += text[kept..<i]
                kept = j
            }
            i = j
        }
        out += text[kept...]
        return out[...]
    }
}

extension String {
    var trimmingWhitespace: String {
        if SimpleScalars.allSimple(self) { return String(self[...].trimmingSimpleWhitespace) }
        var s = self[...]
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    /// `trimmingWhitespace` for a simple text.
    var trimmingSimpleWhitespace: Substring {
        if let range = utf8.withContiguousStorageIfAvailable(SimpleScalars.trimmedRange(utf8:)) {
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return self[start..<utf8.index(start, offsetBy: range.count)]
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !SimpleScalars.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !SimpleScalars.isWhitespace($0) }) else { return self[endIndex...] }
        return self[first...last]
    }
}
