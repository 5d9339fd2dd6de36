import Foundation

/// A file about to be imported: its path and size, read in bounded chunks.
struct SourceFile: Sendable {
    let path: String
    let size: Int

    init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportFailure.unreadable("no such file")
        }
        guard !isDirectory.boolValue else { throw ImportFailure.unreadable("is a folder") }
        guard FileManager.default.isReadableFile(atPath: path) else { throw ImportFailure.unreadable("permission denied") }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw ImportFailure.unreadable("not a regular file")
        }
        self.path = path
        size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }

    func open() throws -> FileHandle {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportFailure.unreadable("permission denied") }
        return handle
    }

    /// The file's SHA-256, read in 1 MiB chunks.
    func sha256() throws -> String {
        let handle = try open()
        defer { try? handle.close() }
        var hasher = SHA256()
        while let data = try handle.read(upToCount: 1 << 20), !data.isEmpty {
            hasher.update([UInt8](data))
        }
        return hasher.finalizeHex()
    }

    func readAll() throws -> [UInt8] {
        let handle = try open()
        defer { try? handle.close() }
        return [UInt8](try handle.readToEnd() ?? Data())
    }
}

/// A file that could not be read at all.
enum ImportFailure: Error, CustomStringConvertible {
    case unreadable(String)

    var description: String {
        switch self {
        case .unreadable(let reason): return "cannot read file: \(reason)"
        }
    }
}
