/// Strict UTF-8 validation that reports where the bytes stop being UTF-8,
/// which `String(validating:)` cannot.
enum UTF8Validation {
    struct Report: Equatable {
        /// Offset of the first byte that is not part of a valid sequence, or nil.
        var firstInvalidOffset: Int?
        /// Valid multi-byte sequences before that offset, and how many of them are three or four bytes long.
        var multibyteCount = 0
        var longSequenceCount = 0

        /// Whether the bytes before the error read as UTF-8 text, so that the
        /// error is corrupt UTF-8 rather than another encoding: at least two
        /// multi-byte sequences, one of three or four bytes (Chinese in UTF-8
        /// is all three-byte sequences). A GB18030 page often opens with a
        /// character whose two bytes happen to form one UTF-8 sequence ("欧",
        /// C5 B7), and breaks at the next.
        var looksLikeUTF8BeforeError: Bool { multibyteCount >= 2 && longSequenceCount >= 1 }
    }

    static func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> Report {
        var index = 0
        var multibyte = 0, long = 0
        let count = bytes.count
        func report(_ offset: Int?) -> Report {
            Report(firstInvalidOffset: offset, multibyteCount: multibyte, longSequenceCount: long)
        }
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lowerBound: UInt8 = 0x80, upperBound: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperBound = 0x9F
            case 0xF0: length = 4; lowerBound = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperBound = 0x8F
            default: return report(index)
            }
            guard index + length <= count else {
                return report(index)
            }
            let second = bytes[index + 1]
            guard second >= lowerBound && second <= upperBound else {
                return report(index)
            }
            if length > 2 {
                for k in 2..<length where bytes[index + k] & 0xC0 != 0x80 {
                    return report(index)
                }
            }
            multibyte += 1
            if length > 2 { long += 1 }
            index += length
        }
        return report(nil)
    }
}
