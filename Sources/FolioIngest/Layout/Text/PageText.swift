/// The page's text with whitespace removed, blocks run together (so that a
/// sentence split by a column break is whole again), with the offsets where
/// blocks start.
///
/// The repeat rules search it for every block of the page, so each
/// `Character` is stored as an integer code and a search compares integers,
/// not strings. Codes follow `PageText.Coding`: equal codes, equal Characters.
struct PageText {
    /// One code per Character.
    private(set) var codes: [UInt32]
    /// Offsets where blocks start, ascending.
    private(set) var blockStarts: [Int]
    let coding: Coding
    /// The Characters themselves when `coding` is a table (for bigrams).
    private var characters: [Character]?

    init(_ texts: [String]) {
        var coding = Coding(texts)
        let stripped = texts.map { coding.learn($0) }
        self.init(coding: coding, texts: stripped)
    }

    /// From texts already coded, so that a caller building many pages from
    /// the same blocks strips and codes each block once.
    init(coding: Coding, texts: [Stripped]) {
        self.init(coding: coding, texts: texts, taking: texts.indices)
    }

    /// From the texts at `indices` (ascending) of texts already coded: a page
    /// without one block, built for every block, copies codes, not texts.
    init<Indices: Collection<Int>>(coding: Coding, texts: [Stripped], taking indices: Indices) {
        var codes: [UInt32] = []
        var starts: [Int] = []
        starts.reserveCapacity(indices.count)
        var characters: [Character]? = coding.usesScalars ? nil : []
        texts.withUnsafeBufferPointer { texts in
            codes.reserveCapacity(indices.reduce(0) { $0 + texts[$1].codes.count })
            for i in indices {
                if starts.last != codes.count { starts.append(codes.count) }
                codes.append(contentsOf: texts[i].codes)
                if characters != nil { characters! += texts[i].characters ?? [] }
            }
        }
        self.codes = codes
        self.blockStarts = starts
        self.coding = coding
        self.characters = characters
    }

    var count: Int { codes.count }

    func isBlockStart(_ i: Int) -> Bool { blockStarts.contains(i) }

    /// The scalar at `i` if it is one of the marks the sentence tests read,
    /// else some scalar that is none of them.
    func mark(at i: Int) -> Unicode.Scalar {
        Unicode.Scalar(codes[i]) ?? "\u{FFFF}"
    }

    /// Whether the Characters right before offset `end` are `word` (simple
    /// scalars, such as the Han words the repeat rules read).
    func word(_ word: String, endsAt end: Int) -> Bool {
        let scalars = word.unicodeScalars
        guard scalars.count <= end else { return false }
        if let characters {
            return zip(characters[(end - scalars.count)..<end], scalars).allSatisfy { $0.unicodeScalars.count == 1 && $0.unicodeScalars.first == $1 }
        }
        return zip(codes[(end - scalars.count)..<end], scalars).allSatisfy { $0 == $1.value }
    }

    /// `text` without whitespace, coded as this page codes.
    func needle(_ text: String) -> Needle {
        if coding.usesScalars, !SimpleScalars.allSimple(text) {
            // Rare: a non-simple needle on a simple page. Compare Characters.
            let page = PageText(recodedByTable: self, adding: text)
            return Needle(page.coding.lookUp(text), page: page)
        }
        return Needle(coding.lookUp(text), page: nil)
    }

    /// This page coded by a table that also knows the Characters of `text`.
    private init(recodedByTable page: PageText, adding text: String) {
        var coding = Coding(table: ())
        var pieces: [Stripped] = []
        for (k, start) in page.blockStarts.enumerated() {
            let end = k + 1 < page.blockStarts.count ? page.blockStarts[k + 1] : page.codes.count
            var view = String.UnicodeScalarView()
            view.append(contentsOf: page.codes[start..<end].map { Unicode.Scalar($0)! })
            pieces.append(coding.learn(String(view)))
        }
        _ = coding.learn(text)
        self.init(coding: coding, texts: pieces)
    }

    func occurrences(of needle: Needle) -> [Range<Int>] {
        if let page = needle.page { return page.occurrences(of: needle.recoded) }
        return occurrences(of: needle.stripped.codes)
    }

    func contains(_ needle: Needle) -> Bool { !occurrences(of: needle).isEmpty }

    /// Every occurrence, overlapping ones included.
    private func occurrences(of needle: [UInt32]) -> [Range<Int>] {
        guard let first = needle.first, needle.count <= codes.count else { return [] }
        var found: [Range<Int>] = []
        codes.withUnsafeBufferPointer { page in
            needle.withUnsafeBufferPointer { needle in
                let last = page.count - needle.count
                var i = 0
                while i <= last {
                    if page[i] == first {
                        var k = 1
                        while k < needle.count, page[i + k] == needle[k] { k += 1 }
                        if k == needle.count { found.append(i..<(i + needle.count)) }
                    }
                    i += 1
                }
            }
        }
        return found
    }

    /// Share of `bigrams` that occur in this page's text.
    func bigramContainment(of bigrams: Bigrams) -> Double {
        if let characters { return bigrams.containment(in: Bigrams(String(characters))) }
        return bigrams.containment(inScalarValues: codes)
    }
}

extension PageText {
    /// A text without whitespace, coded.
    struct Stripped {
        var codes: [UInt32]
        /// The Characters, when coded by a table.
        var characters: [Character]?
    }

    /// A text searched for in a page, coded as the page codes.
    struct Needle {
        fileprivate var stripped: Stripped
        /// The page recoded to match a needle it could not code, if it had to be.
        fileprivate var page: PageText?

        fileprivate init(_ stripped: Stripped, page: PageText?) {
            self.stripped = stripped
            self.page = page
        }

        fileprivate var recoded: Needle { Needle(stripped, page: nil) }

        /// Number of Characters.
        var count: Int { stripped.codes.count }

        /// Drops marks from the ends while the predicates hold.
        mutating func trim(leading: (Unicode.Scalar) -> Bool, trailing: (Unicode.Scalar) -> Bool) {
            let mark = { (code: UInt32) in Unicode.Scalar(code) ?? "\u{FFFF}" }
            var start = 0, end = stripped.codes.count
            while start < end, leading(mark(stripped.codes[start])) { start += 1 }
            while end > start, trailing(mark(stripped.codes[end - 1])) { end -= 1 }
            stripped.codes = Array(stripped.codes[start..<end])
            if let characters = stripped.characters { stripped.characters = Array(characters[start..<end]) }
        }

        var bigrams: Bigrams {
            if let characters = stripped.characters { return Bigrams(String(characters)) }
            return Bigrams(scalars: stripped.codes.lazy.map { Unicode.Scalar($0)! })
        }
    }

    /// How Characters become codes.
    ///
    /// - When every text compared is simple (`SimpleScalars`), a code is the
    ///   scalar's value: each scalar is a Character, and equal scalars are
    ///   equal Characters.
    /// - Otherwise codes come from a table of the Characters seen, so that
    ///   equal Characters (canonically equivalent ones included) share one.
    ///   The marks the sentence tests read are entered first, with their
    ///   scalar value as code; other Characters get codes above every scalar.
    struct Coding {
        private var table: [Character: UInt32]?

        var usesScalars: Bool { table == nil }

        /// The coding for comparing `texts` (and needles taken from them).
        init<S: StringProtocol>(_ texts: [S]) {
            table = texts.allSatisfy { SimpleScalars.allSimple($0) } ? nil : Self.markTable()
        }

        fileprivate init(table: ()) {
            self.table = Self.markTable()
        }

        private static func markTable() -> [Character: UInt32] {
            var table: [Character: UInt32] = [:]
            let marks = Glyph.opening.union(Glyph.closing).union(Glyph.sentenceFinal).union(["；", "：", "，", "—"])
            for mark in marks { table[mark] = mark.unicodeScalars.first!.value }
            return table
        }

        private static let firstFreeCode: UInt32 = 0x110000
        private static let unknown = UInt32.max

        /// Codes `text` without whitespace, entering new Characters in the table.
        mutating func learn(_ text: String) -> Stripped {
            guard var table else { return Stripped(codes: Self.scalarCodes(text), characters: nil) }
            let characters = Array(text.withoutWhitespace)
            var codes: [UInt32] = []
            codes.reserveCapacity(characters.count)
            for c in characters {
                if let code = table[c] {
                    codes.append(code)
                } else {
                    let code = Self.firstFreeCode + UInt32(table.count)
                    table[c] = code
                    codes.append(code)
                }
            }
            self.table = table
            return Stripped(codes: codes, characters: characters)
        }

        /// Codes `text` without whitespace; Characters the table lacks get a
        /// code no page text has. Scalar coding needs a simple text.
        func lookUp(_ text: String) -> Stripped {
            guard let table else { return Stripped(codes: Self.scalarCodes(text), characters: nil) }
            let characters = Array(text.withoutWhitespace)
            return Stripped(codes: characters.map { table[$0] ?? Self.unknown }, characters: characters)
        }

        private static func scalarCodes(_ text: String) -> [UInt32] {
            var codes: [UInt32] = []
            codes.reserveCapacity(text.utf8.count)
            for s in text.unicodeScalars where !SimpleScalars.isWhitespace(s) { codes.append(s.value) }
            return codes
        }
    }
}
