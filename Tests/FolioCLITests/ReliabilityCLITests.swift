import Foundation
import XCTest

/// Crashes and concurrent use, through real processes: nothing is lost,
/// nothing is half-imported, readers are never locked out.
final class ReliabilityCLITests: XCTestCase {
    private func start(_ cli: CLIRunner, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = cli.folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func articlesPerSource(_ cli: CLIRunner, db: String) throws -> [String: Int] {
        let result = try cli.run(["sql", "SELECT s.file_name AS f, count(a.id) AS n FROM sources s LEFT JOIN articles a ON a.source_id = s.id GROUP BY s.id", "--db", db, "--format", "jsonl"])
        XCTAssertEqual(result.code, 0, result.stderr)
        var counts: [String: Int] = [:]
        for row in try result.jsonl() { counts[row["f"] as! String] = row["n"] as? Int }
        return counts
    }

    func testKillDuringImportLeavesAWholeArchiveThatAResumeCompletes() throws {
        let cli = try CLIRunner()
        let pages = cli.folder.appendingPathComponent("pages")
        try PageCorpus.write(300, into: pages)
        let reference = cli.folder.appendingPathComponent("reference.db").path
        let started = Date()
        XCTAssertEqual(try cli.run(["import", pages.path, "--db", reference, "-q"]).code, 0)
        let cleanSeconds = Date().timeIntervalSince(started)
        let expectedCounts = try articlesPerSource(cli, db: reference)
        let expectedExport = try cli.run(["export", "--db", reference]).stdout

        let crashed = cli.folder.appendingPathComponent("crashed.db").path
        var generator = SystemRandomNumberGenerator()
        for round in 1...5 {
            let process = try start(cli, ["import", pages.path, "--db", crashed, "-q"])
            let delay = Double.random(in: 0.05...max(0.1, cleanSeconds * 0.8), using: &generator)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard FileManager.default.fileExists(atPath: crashed) else { continue }
            let integrity = try cli.run(["sql", "PRAGMA integrity_check", "--db", crashed, "--format", "csv"])
            XCTAssertEqual(integrity.stdout, "integrity_check\r\nok\r\n", "round \(round): \(integrity.stderr)")
            let doctor = try cli.run(["doctor", "--db", crashed])
            XCTAssertEqual(doctor.code, 0, "round \(round): \(doctor.stdout)\(doctor.stderr)")
            for (file, count) in try articlesPerSource(cli, db: crashed) {
                XCTAssertEqual(count, expectedCounts[file], "round \(round): \(file) is half-imported")
            }
        }
        XCTAssertEqual(try cli.run(["import", pages.path, "--db", crashed, "-q"]).code, 0)
        XCTAssertEqual(try cli.run(["export", "--db", crashed]).stdout, expectedExport)
    }

    func testReadersWorkWhileAnImportWrites() throws {
        let cli = try CLIRunner()
        let pages = cli.folder.appendingPathComponent("pages")
        try PageCorpus.write(300, into: pages)
        XCTAssertEqual(try cli.run(["import", CLIRunner.seed, "--db", cli.db, "-q"]).code, 0)
        let importer = try start(cli, ["import", pages.path, "--db", cli.db, "-q"])
        var reads = 0
        repeat {
            for arguments in [["search", "经济"], ["headlines", "--limit", "5"], ["export"], ["stats"]] {
                let result = try cli.run(arguments + ["--db", cli.db])
                XCTAssertTrue(result.code == 0 || result.code == 1, "\(arguments): \(result.stderr)")
                XCTAssertFalse(result.stderr.contains("locked"), result.stderr)
                reads += 1
            }
        } while importer.isRunning
        importer.waitUntilExit()
        XCTAssertEqual(importer.terminationStatus, 0)
        XCTAssertGreaterThan(reads, 0)
    }

    func testTwoImportsAtOnceSerializeWithoutDamage() throws {
        let cli = try CLIRunner()
        let pages = cli.folder.appendingPathComponent("pages")
        try PageCorpus.write(200, into: pages)
        let reference = cli.folder.appendingPathComponent("reference.db").path
        XCTAssertEqual(try cli.run(["import", pages.path, "--db", reference, "-q"]).code, 0)

        let first = try start(cli, ["import", pages.path, "--db", cli.db, "-q"])
        let second = try start(cli, ["import", pages.path, "--db", cli.db, "-q"])
        first.waitUntilExit()
        second.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0)
        XCTAssertEqual(second.terminationStatus, 0)
        XCTAssertEqual(try cli.run(["doctor", "--db", cli.db]).code, 0)
        XCTAssertEqual(try articlesPerSource(cli, db: cli.db), try articlesPerSource(cli, db: reference))
    }
}
