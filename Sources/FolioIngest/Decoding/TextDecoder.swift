/// Turns a file's bytes into page text, detecting the encoding.
///
/// Order: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise bytes that are valid
/// UTF-8 are UTF-8; otherwise valid GB18030 is GB18030, unless the bytes were
/// UTF-8 text up to a break (`UTF8Validation.Report.looksLikeUTF8BeforeError`:
/// two multi-byte sequences before the first error, one of three or four
/// bytes), which is corrupt UTF-8, not GB18030 that happens to decode. Line endings
/// become "\n". The text is otherwise kept exactly as written.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8]) throws(DecodingFailure) -> DecodedText {
        let result: Result<DecodedText, DecodingFailure> = bytes.withUnsafeBufferPointer { buffer in
            decodeBuffer(buffer)
        }
        let decoded = try result.get()
        guard decoded.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw .empty
        }
        return decoded
    }

    /// Decodes a later section of a file whose encoding is already known.
    /// Offsets in errors count from the start of the file (`baseOffset`).
    /// Unlike `decode`, a blank section is not an error.
    public static func decodeSection(_ bytes: [UInt8], encoding: SourceEncoding, baseOffset: Int) throws(DecodingFailure) -> String {
        let result: Result<String, DecodingFailure> = bytes.withUnsafeBufferPointer { buffer in
            if let offset = firstControlByte(buffer) { return .failure(.binary(offset: baseOffset + offset)) }
            switch encoding {
            case .utf8, .utf8BOM:
                if let offset = UTF8Validation.validate(buffer).firstInvalidOffset {
                    let what = offset + 4 > buffer.count ? "UTF-8 cut off in the middle of a character" : "broken UTF-8 sequence"
                    return .failure(.invalid(offset: baseOffset + offset, detail: what))
                }
                return .success(normalizedLineEndings(String(decoding: buffer, as: UTF8.self), droppingLeadingBOM: false))
            case .gb18030:
                switch GB18030Decoding.decode(buffer) {
                case .text(let text): return .success(normalizedLineEndings(text, droppingLeadingBOM: false))
                case .invalid(let offset): return .failure(.invalid(offset: baseOffset + offset, detail: "not valid GB18030"))
                case .unavailable: return .failure(.invalid(offset: baseOffset, detail: "GB18030 conversion is unavailable"))
                }
            case .utf16LE, .utf16BE:
                return .failure(.invalid(offset: baseOffset, detail: "UTF-16 files are read whole, not in sections"))
            }
        }
        return try result.get()
    }

    private static func decodeBuffer(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<DecodedText, DecodingFailure> {
        if bytes.isEmpty { return .failure(.empty) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = UnsafeBufferPointer(rebasing: bytes[3...])
            if let offset = firstControlByte(body) { return .failure(.binary(offset: offset + 3)) }
            let report = UTF8Validation.validate(body)
            if let offset = report.firstInvalidOffset {
                return .failure(.invalid(offset: offset + 3, detail: "not valid UTF-8 after a UTF-8 byte-order mark"))
            }
            return .success(DecodedText(text: normalizedLineEndings(String(decoding: body, as: UTF8.self)), encoding: .utf8BOM))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes, littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes, littleEndian: false) }
        if let offset = firstControlByte(bytes) { return .failure(.binary(offset: offset)) }

        let report = UTF8Validation.validate(bytes)
        guard let utf8Error = report.firstInvalidOffset else {
            return .success(DecodedText(text: normalizedLineEndings(String(decoding: bytes, as: UTF8.self)), encoding: .utf8))
        }
        if report.looksLikeUTF8BeforeError {
            let what = utf8Error + 4 > bytes.count ? "UTF-8 cut off in the middle of a character" : "broken UTF-8 sequence"
            return .failure(.invalid(offset: utf8Error, detail: what))
        }
        switch GB18030Decoding.decode(bytes) {
        case .text(let text):
            return .success(DecodedText(text: normalizedLineEndings(text), encoding: .gb18030))
        case .invalid(let offset):
            return .failure(.invalid(offset: max(offset, utf8Error), detail: "neither UTF-8 nor GB18030"))
        case .unavailable:
            return .failure(.invalid(offset: utf8Error, detail: "not UTF-8, and GB18030 conversion is unavailable"))
        }
    }

    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, littleEndian: Bool) -> Result<DecodedText, DecodingFailure> {
        let encoding: SourceEncoding = littleEndian ? .utf16LE : .utf16BE
        let payload = bytes.count - 2
        if payload % 2 != 0 {
            return .failure(.invalid(offset: bytes.count - 1, detail: "UTF-16 text with an odd number of bytes"))
        }
        var scalars = String.UnicodeScalarView()
        var index = 2
        func unit(at i: Int) -> UInt16 {
            littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
        }
        while index < bytes.count {
            let first = unit(at: index)
            if (0xD800...0xDBFF).contains(first) {
                guard index + 3 < bytes.count else {
                    return .failure(.invalid(offset: index, detail: "UTF-16 cut off in the middle of a character"))
                }
                let second = unit(at: index + 2)
                guard (0xDC00...0xDFFF).contains(second) else {
                    return .failure(.invalid(offset: index, detail: "unpaired UTF-16 surrogate"))
                }
                let value = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
                scalars.append(Unicode.Scalar(value)!)
                index += 4
            } else if (0xDC00...0xDFFF).contains(first) {
                return .failure(.invalid(offset: index, detail: "unpaired UTF-16 surrogate"))
            } else {
                let scalar = Unicode.Scalar(first)!
                if scalar.value == 0 || isBinaryControl(scalar.value) { return .failure(.binary(offset: index)) }
                scalars.append(scalar)
                index += 2
            }
        }
        return .success(DecodedText(text: normalizedLineEndings(String(scalars)), encoding: encoding))
    }

    /// NUL and C0 controls other than tab, line feed, vertical tab, form feed,
    /// carriage return and escape do not occur in extracted page text.
    private static func isBinaryControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B: return false
        default: return value < 0x20
        }
    }

    private static func firstControlByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.firstIndex { isBinaryControl(UInt32($0)) }
    }

    /// "\r\n" and "\r" become "\n". With `droppingLeadingBOM`, U+FEFF at the
    /// start is a byte-order mark and goes; a later section of a file starts
    /// mid-file, where U+FEFF is text as written, so sections keep it.
    static func normalizedLineEndings(_ text: String, droppingLeadingBOM: Bool = true) -> String {
        let hasBOM = droppingLeadingBOM && text.unicodeScalars.first == "\u{FEFF}"
        let hasCR = text.utf8.withContiguousStorageIfAvailable { $0.contains(0x0D) } ?? text.utf8.contains(0x0D)
        guard hasCR || hasBOM else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            if droppingLeadingBOM && scalar == "\u{FEFF}" && scalars.isEmpty { continue }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
