@testable import FolioIngest

/// A block of the given lines, numbered from `start`.
func block(_ lines: [String], start: Int = 0) -> TextBlock {
    TextBlock(lines: lines.enumerated().map { PageLine(index: start + $0, text: $1) })
}

/// Blocks of a page written as text.
func blocks(_ page: String) -> [TextBlock] {
    BlockReader.read(LineReader.read(page))
}
