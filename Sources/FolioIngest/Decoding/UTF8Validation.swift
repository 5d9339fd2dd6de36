/// Strict UTF-8 validation that reports where the bytes stop being UTF-8,
/// which `String(validating:)` cannot.
enum UTF8Validation {
    struct Report: Equatable {
        /// Offset of the first byte that is not part of a valid sequence, or nil.
        var firstInvalidOffset: Int?
        /// Whether a valid multi-byte sequence occurs before that offset.
        var sawMultibyteBeforeError: Bool
    }

    static func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> Report {
        var index = 0
        var sawMultibyte = false
        let count = bytes.count
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
            default: return Report(firstInvalidOffset: index, sawMultibyteBeforeError: sawMultibyte)
            }
            guard index + length <= count else {
                return Report(firstInvalidOffset: index, sawMultibyteBeforeError: sawMultibyte)
            }
            let second = bytes[index + 1]
            guard second >= lowerBound && second <= upperBound else {
                return Report(firstInvalidOffset: index, sawMultibyteBeforeError: sawMultibyte)
            }
            if length > 2 {
                for k in 2..<length where bytes[index + k] & 0xC0 != 0x80 {
                    return Report(firstInvalidOffset: index, sawMultibyteBeforeError: sawMultibyte)
                }
            }
            sawMultibyte = true
            index += length
        }
        return Report(firstInvalidOffset: nil, sawMultibyteBeforeError: sawMultibyte)
    }
}
