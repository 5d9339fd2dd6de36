#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GB18030 (a superset of GBK and GB2312) through the C library's iconv.
enum GB18030Decoding {
    enum Outcome {
        case text(String)
        case invalid(offset: Int)
        case unavailable
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return .unavailable }
        defer { iconv_close(converter) }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return .text("") }

        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var inputLeft = bytes.count
        var outputLeft = output.count
        var inputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
        let result: Int = output.withUnsafeMutableBytes { raw in
            var outputPointer: UnsafeMutablePointer<CChar>? = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
            return iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
        }
        if result == -1 || inputLeft > 0 {
            return .invalid(offset: bytes.count - inputLeft)
        }
        let produced = output.count - outputLeft
        return .text(String(decoding: output[0..<produced], as: UTF8.self))
    }
}
