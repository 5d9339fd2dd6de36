extension String.UTF8View {
    /// Calls `body` with the text's UTF-8 bytes in one buffer: the string's own
    /// storage when it is contiguous (every native Swift string), else a copy
    /// (a bridged one). The byte-level prefilters of the reader scan through it.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withContiguousStorageIfAvailable(body) ?? Array(self).withUnsafeBufferPointer(body)
    }
}
