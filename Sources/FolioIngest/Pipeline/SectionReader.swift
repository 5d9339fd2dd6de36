import Foundation

/// Reads a file in sections that end at a blank line, so a very large file
/// can be decoded and read in bounded memory. Cutting at a blank line keeps
/// paragraphs whole; a section is at least `targetSize` bytes unless the
/// file ends first. A cut is always after a "\n" byte, which in UTF-8 and
/// GB18030 never falls inside a character (GB18030 trail bytes are ≥ 0x30).
public struct SectionReader {
    public struct Section: Sendable {
        /// Offset of the section's first byte in the file.
        public var offset: Int
        public var bytes: [UInt8]
    }

    private let handle: FileHandle
    private let targetSize: Int
    private var pending: [UInt8] = []
    private var pendingOffset = 0
    private var atEnd = false

    public init(handle: FileHandle, targetSize: Int = 1 << 21) {
        self.handle = handle
        self.targetSize = max(targetSize, 1)
    }

    public mutating func next() throws -> Section? {
        while true {
            if let cut = Self.cut(in: pending, atLeast: targetSize, blankLineOnly: true) { return emit(cut) }
            if atEnd { return pending.isEmpty ? nil : emit(pending.count) }
            // No blank line for a long stretch: settle for the end of a line.
            if pending.count >= 4 * targetSize, let cut = Self.cut(in: pending, atLeast: targetSize, blankLineOnly: false) {
                return emit(cut)
            }
            guard let data = try handle.read(upToCount: max(targetSize, 1 << 16)), !data.isEmpty else {
                atEnd = true
                continue
            }
            pending.append(contentsOf: data)
        }
    }

    private mutating func emit(_ cut: Int) -> Section {
        let section = Section(offset: pendingOffset, bytes: Array(pending[0..<cut]))
        pending.removeFirst(cut)
        pendingOffset += cut
        return section
    }

    /// The index just after the first blank line ("\n\n" or "\n\r\n") that ends
    /// at or beyond `atLeast` bytes, or with `blankLineOnly` false, after the first "\n" there.
    static func cut(in bytes: [UInt8], atLeast: Int, blankLineOnly: Bool) -> Int? {
        var index = max(atLeast - 1, 0)
        while index < bytes.count {
            if bytes[index] == 0x0A {
                if !blankLineOnly { return index + 1 }
                if index >= 1 && bytes[index - 1] == 0x0A { return index + 1 }
                if index >= 2 && bytes[index - 1] == 0x0D && bytes[index - 2] == 0x0A { return index + 1 }
            }
            index += 1
        }
        return nil
    }
}
