import FolioTokenizer
import Foundation
import XCTest

/// `libFolioTokenizer.so` works as a SQLite loadable extension in the
/// sqlite3 shell, with the same tokens as the in-process tokenizer.
///
/// `swift test` builds the dynamic library product next to the test bundle
/// (`.build/<triple>/debug/`). If it is missing (e.g. `--skip-build` after a
/// partial build), the test builds it with `swift build --product FolioTokenizer`
/// in a separate scratch directory: the package's own `.build` is locked by
/// the `swift test` that runs this test, so building there would wait forever.
/// Any failure to build or load the extension fails the test.
final class LoadableExtensionTests: XCTestCase {
    private static let sqlite3 = "/usr/bin/sqlite3"

    func testSQLiteShellLoadsTheExtensionAndMatches() throws {
        let library = try Self.extensionLibrary()
        let output = try Self.runSQLite([
            ".load \(library.deletingPathExtension().path)",
            "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='folio');",
            "INSERT INTO t(rowid, x) VALUES (1, '新冠肺炎疫情'), (2, '經濟發展'), (3, 'G20峰会'), (4, '情疫');",
            "SELECT group_concat(rowid) FROM t WHERE t MATCH '\"疫情\"';",
            "SELECT group_concat(rowid) FROM t WHERE t MATCH '\"经济\"';",
            "SELECT group_concat(rowid) FROM t WHERE t MATCH 'g2*';",
            "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH '\"肺炎疫\"';",
        ])
        XCTAssertEqual(output, ["1", "2", "3", "新冠[肺炎疫]情"])
    }

    /// What README's shell section tells users: with `detail=none`, a word
    /// is searched as `MATCH folio_query(…)` and checked by `folio_contains`.
    func testShellSearchesAPositionlessIndexWithTheSQLFunctions() throws {
        let library = try Self.extensionLibrary()
        let output = try Self.runSQLite([
            ".load \(library.deletingPathExtension().path)",
            "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='folio', detail=none);",
            "INSERT INTO t(rowid, x) VALUES (1, '加强疫情防控'), (2, '防控疫情'), (3, '經濟發展');",
            "SELECT group_concat(rowid) FROM t WHERE t MATCH folio_query('疫情');",
            "SELECT group_concat(rowid) FROM t WHERE t MATCH folio_query('疫情防控') AND folio_contains(x, '疫情防控');",
            "SELECT group_concat(rowid) FROM t WHERE t MATCH folio_query('经济');",
        ])
        XCTAssertEqual(output, ["1,2", "1", "3"])
    }

    func testShellIndexesTheSameTermsAsTheInProcessTokenizer() throws {
        let library = try Self.extensionLibrary()
        let text = "COVID-19疫情：ＧＤＰ增長3.5%，〇𠀀カナ한국"
        let output = try Self.runSQLite([
            ".load \(library.deletingPathExtension().path)",
            "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='folio');",
            "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');",
            "INSERT INTO t(rowid, x) VALUES (1, '\(text)');",
            "SELECT term FROM v ORDER BY offset, term;",
        ])
        let expected = FolioTokenizer.tokens(in: text, forQuery: false)
        // fts5vocab orders by position; within a position, by term.
        var positions: [[String]] = []
        for token in expected {
            if token.isColocated { positions[positions.count - 1].append(token.text) } else { positions.append([token.text]) }
        }
        XCTAssertEqual(output, positions.flatMap { $0.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } })
    }

    /// Lines printed by `sqlite3 :memory:` for `commands`; throws on failure.
    private static func runSQLite(_ commands: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite3)
        process.arguments = ["-bail", ":memory:"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data((commands.joined(separator: "\n") + "\n").utf8))
        try input.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaints = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: complaints, as: UTF8.self)
        guard process.terminationStatus == 0, message.isEmpty else {
            throw ExtensionError("sqlite3 failed (\(process.terminationStatus)): \(message)")
        }
        return String(decoding: printed, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// The built `libFolioTokenizer.so`, building it if needed.
    private static func extensionLibrary() throws -> URL {
        let name = "libFolioTokenizer.so"
        let testDirectory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let besideTests = testDirectory.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: besideTests.path) { return besideTests }

        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-tokenizer-extension")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--package-path", packageRoot.path, "--scratch-path", scratch.path, "--product", "FolioTokenizer"]
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let printed = log.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let built = scratch.appendingPathComponent("debug").appendingPathComponent(name)
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: built.path) else {
            throw ExtensionError("no \(name) beside the tests in \(testDirectory.path), and building it failed:\n"
                + String(decoding: printed, as: UTF8.self))
        }
        return built
    }

    private struct ExtensionError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
