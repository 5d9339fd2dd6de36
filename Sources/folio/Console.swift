import ArgumentParser
import FolioIngest
import FolioQuery
import FolioStore
import Foundation
import GRDB

/// Messages for people go to stderr; data goes to stdout.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("folio: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// One line for any error a command can meet.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as ArchiveError: return error.description
        case let error as QueryError: return error.description
        case let error as DecodingFailure: return error.description
        case let error as Manifest.Failure: return error.description
        case let error as DatabaseError:
            return "database error: \(error.message ?? error.resultCode.description)"
        default:
            let message = FolioCommand.message(for: error)
            return message.isEmpty ? "\(error)" : message.replacingOccurrences(of: "\n", with: " ")
        }
    }
}
