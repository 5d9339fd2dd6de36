import FolioIngest

/// `TextDecoder` on arbitrary bytes.
///
/// Promises checked: a failure names an offset inside the file; decoded text
/// has no carriage returns, no binary controls and is not blank; bytes that
/// are valid UTF-8 (or UTF-16 after its BOM) are read as such and kept exactly,
/// except that line endings become "\n" and leading BOMs are dropped; and
/// decoding in two sections cut after a "\n" (the large-file path) gives the
/// same text as decoding the whole file.
enum DecoderCheck {
    static func check(_ bytes: [UInt8]) throws(InvariantViolation) {
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(bytes)
        } catch {
            try checkFailure(error, bytes: bytes)
            return
        }
        let text = decoded.text
        try require(!text.unicodeScalars.contains("\r"), "a carriage return survived decoding")
        try require(!text.unicodeScalars.contains(where: isBinaryControl), "decoded text has a binary control character")
        try require(text.unicodeScalars.contains { !$0.properties.isWhitespace && $0 != "\u{FEFF}" },
                    "blank text was accepted")
        if let expected = expectedText(bytes) {
            try require(decoded.encoding == expected.encoding,
                        "read as \(decoded.encoding) but the bytes are valid \(expected.encoding)")
            try require(identical(text, expected.text),
                        "\(decoded.encoding) text changed: \(debug(text)) instead of \(debug(expected.text))")
        }
        try checkSections(bytes, whole: decoded)
    }

    /// A rejected file: the offset must point into it, and it must not be
    /// text the decoder promises to read.
    private static func checkFailure(_ failure: DecodingFailure, bytes: [UInt8]) throws(InvariantViolation) {
        switch failure {
        case .empty:
            break
        case .binary(let offset), .invalid(let offset, _):
            try require((0..<bytes.count).contains(offset), "\(failure) is outside the \(bytes.count) bytes")
        }
        if let expected = expectedText(bytes),
           expected.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }) {
            throw InvariantViolation("valid \(expected.encoding) text was rejected: \(failure)")
        }
    }

    /// The large-file path decodes the first section with `decode` and the
    /// rest with `decodeSection`; cut after the first "\n", the pieces must
    /// join to the whole file's text whenever the first piece alone is read
    /// with the same encoding.
    private static func checkSections(_ bytes: [UInt8], whole: DecodedText) throws(InvariantViolation) {
        guard whole.encoding != .utf16LE, whole.encoding != .utf16BE,
              let newline = bytes.firstIndex(of: 0x0A), newline + 1 < bytes.count else { return }
        let cut = newline + 1
        guard let first = try? TextDecoder.decode(Array(bytes[..<cut])), first.encoding == whole.encoding else { return }
        let rest: String
        do {
            rest = try TextDecoder.decodeSection(Array(bytes[cut...]), encoding: whole.encoding, baseOffset: cut)
        } catch {
            throw InvariantViolation("the second section at \(cut) fails (\(error)) though the whole file decodes")
        }
        try require(identical(first.text + rest, whole.text),
                    "sections at \(cut) give \(debug(first.text + rest)), the whole file \(debug(whole.text))")
    }

    /// What the decoder must make of bytes that are unambiguously UTF-8 or
    /// UTF-16 without binary controls, computed with the standard library's
    /// own codecs; nil for anything else (GB18030, broken or binary input).
    static func expectedText(_ bytes: [UInt8]) -> (text: String, encoding: SourceEncoding)? {
        let scalars: [Unicode.Scalar]?
        let encoding: SourceEncoding
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            encoding = littleEndian ? .utf16LE : .utf16BE
            scalars = utf16Scalars(Array(bytes.dropFirst(2)), littleEndian: littleEndian)
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8BOM
            scalars = utf8Scalars(Array(bytes.dropFirst(3)))
        } else {
            encoding = .utf8
            scalars = utf8Scalars(bytes)
        }
        guard let scalars, !scalars.contains(where: isBinaryControl) else { return nil }
        var text = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in scalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            text.append(scalar == "\r" ? "\n" : scalar)
        }
        // U+FEFF at the very start is a byte-order mark, however many there are
        // (TextDecoder.normalizedLineEndings), whatever the encoding.
        while text.first == "\u{FEFF}" { text.removeFirst() }
        return (String(text), encoding)
    }

    private static func utf8Scalars(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        scalars(bytes.makeIterator(), as: Unicode.UTF8.self)
    }

    private static func utf16Scalars(_ bytes: [UInt8], littleEndian: Bool) -> [Unicode.Scalar]? {
        guard bytes.count % 2 == 0 else { return nil }
        let units = stride(from: 0, to: bytes.count, by: 2).map { i in
            littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
        }
        return scalars(units.makeIterator(), as: Unicode.UTF16.self)
    }

    /// The scalars of `units`, or nil at the first ill-formed sequence.
    private static func scalars<E: Unicode.Encoding, I: IteratorProtocol>(_ units: I, as _: E.Type) -> [Unicode.Scalar]?
    where I.Element == E.CodeUnit {
        var iterator = units
        var parser = E.ForwardParser()
        var scalars: [Unicode.Scalar] = []
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): scalars.append(E.decode(encoded))
            case .emptyInput: return scalars
            case .error: return nil
            }
        }
    }

    /// NUL and C0 controls other than tab, LF, VT, FF, CR and ESC.
    private static func isBinaryControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && ![0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B].contains(scalar.value)
    }
}

/// Equal scalar for scalar: `==` on strings compares canonical equivalence,
/// but Folio promises to keep the text as written.
func identical(_ a: String, _ b: String) -> Bool {
    a.utf8.elementsEqual(b.utf8)
}

/// A string with its scalars visible, for messages.
func debug(_ text: String, limit: Int = 80) -> String {
    let shown = text.unicodeScalars.prefix(limit).map { $0.escaped(asASCII: false) }.joined()
    return "\"" + shown + (text.unicodeScalars.count > limit ? "…" : "") + "\""
}
