import Foundation
import XCTest
@testable import folio_fuzz

/// Replays every saved fuzzing input through the check that found it, and
/// the seed corpora through all checks, with a plain `swift test`.
///
/// Inputs live in `Tests/Fuzz/regressions/TARGET/` (inputs that once broke a
/// check) and `Tests/Fuzz/corpus/TARGET/` (seeds). See `Tests/Fuzz/run.sh`.
final class FuzzRegressionTests: XCTestCase {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

    /// The files directly inside `Fuzz/kind/target`, sorted; none if the folder is missing.
    private func inputs(_ kind: String, _ target: FuzzTarget) throws -> [URL] {
        let folder = Self.fuzzFolder.appendingPathComponent(kind).appendingPathComponent(target.rawValue)
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    private func replay(_ files: [URL], through target: FuzzTarget, file: StaticString = #filePath, line: UInt = #line) throws {
        for url in files {
            let bytes = try [UInt8](Data(contentsOf: url))
            XCTAssertNoThrow(try target.check(bytes), "\(target.rawValue) \(url.lastPathComponent)", file: file, line: line)
        }
    }

    func testSavedCrashesNoLongerFail() throws {
        for target in FuzzTarget.allCases {
            try replay(try inputs("regressions", target), through: target)
        }
    }

    /// Every target has seeds, and every seed passes every check: the
    /// checks accept real pages, dates and queries.
    func testSeedsPassEveryCheck() throws {
        for target in FuzzTarget.allCases {
            let seeds = try inputs("corpus", target)
            XCTAssertFalse(seeds.isEmpty, "no seeds for \(target.rawValue)")
            for checked in FuzzTarget.allCases {
                try replay(seeds, through: checked)
            }
        }
    }

    /// The checks do find what they look for: a broken invariant throws.
    func testChecksRejectBrokenPromises() {
        XCTAssertThrowsError(try require(false, "broken"))
        XCTAssertFalse(DatesCheck.isWellFormed("2021-02-29", granularity: .day))
        XCTAssertFalse(DatesCheck.isWellFormed("2021-07", granularity: .day))
        XCTAssertFalse(DatesCheck.isWellFormed("10000", granularity: .year))
        XCTAssertTrue(DatesCheck.isWellFormed("--02-29", granularity: .day))
        XCTAssertTrue(DatesCheck.isWellFormed("2020-03", granularity: .month))
        XCTAssertEqual(DecoderCheck.expectedText([0xEF, 0xBB, 0xBF, 0x61, 0x0D, 0x0A, 0x62])?.text, "a\nb")
        XCTAssertNil(DecoderCheck.expectedText([0xD6, 0xD0]), "GB18030 (中) has no reference decoding here")
    }
}
