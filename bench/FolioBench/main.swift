// folio-bench: in-process search latency through FolioQuery.
//
//     folio-bench ARCHIVE.db QUERIES.json [--repeat N] [--warmup N] [--limit N] [--sources] [--rank-window N]
//
// QUERIES.json is an array of {"id": "...", "kind": "...", "query": "..."}.
// Prints one JSON object on stdout: per query, the wall time of each timed
// `FolioArchive.search` call (default limit 20, snippets included: what a
// user's `folio search` asks of the library), the `count` of matching
// articles, and with --sources the sorted distinct source file names of every
// match (for recall and precision at page level). --rank-window overrides
// `SearchRequest.rankWindow` (0: none), to measure what the window costs.
//
// Why warm up: the first query pays for opening pages of the database file
// and preparing statements; a long-running app (or a repeated CLI call on a
// warm page cache) does not. Every query is run --warmup times untimed, then
// --repeat times timed.

import FolioQuery
import Foundation

struct BenchQuery: Decodable {
    var id: String
    var kind: String
    var query: String
}

struct QueryTiming: Encodable {
    var id: String
    var kind: String
    var query: String
    var timings_ms: [Double]
    var count: Int
    var hits_returned: Int
    var sources: [String]?
    var error: String?
}

struct BenchReport: Encodable {
    var archive: String
    var repeat_count: Int
    var warmup: Int
    var limit: Int
    var open_ms: Double
    var queries: [QueryTiming]
}

struct Options {
    var archivePath = ""
    var queryFile = ""
    var repeatCount = 10
    var warmup = 2
    var limit = 20
    var sources = false
    var rankWindow: Int?? = nil

    static func parse(_ arguments: [String]) -> Options? {
        var options = Options()
        var positional: [String] = []
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--repeat": guard let v = iterator.next().flatMap(Int.init) else { return nil }; options.repeatCount = v
            case "--warmup": guard let v = iterator.next().flatMap(Int.init) else { return nil }; options.warmup = v
            case "--limit": guard let v = iterator.next().flatMap(Int.init) else { return nil }; options.limit = v
            case "--sources": options.sources = true
            case "--rank-window": guard let v = iterator.next().flatMap(Int.init) else { return nil }; options.rankWindow = .some(v > 0 ? v : nil)
            default: positional.append(argument)
            }
        }
        guard positional.count == 2 else { return nil }
        options.archivePath = positional[0]
        options.queryFile = positional[1]
        return options
    }
}

func milliseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1000 + Double(attoseconds) / 1e15
}

func run(_ options: Options) throws -> BenchReport {
    let data = try Data(contentsOf: URL(fileURLWithPath: options.queryFile))
    let queries = try JSONDecoder().decode([BenchQuery].self, from: data)
    let clock = ContinuousClock()
    var archive: FolioArchive?
    let openTime = try clock.measure { archive = try FolioArchive(path: options.archivePath) }
    guard let archive else { fatalError("unreachable") }
    var results: [QueryTiming] = []
    for query in queries {
        var request = SearchRequest(query: query.query)
        request.limit = options.limit
        if let window = options.rankWindow { request.rankWindow = window }
        var timing = QueryTiming(id: query.id, kind: query.kind, query: query.query, timings_ms: [], count: 0, hits_returned: 0)
        do {
            for _ in 0..<options.warmup { _ = try archive.search(request) }
            for _ in 0..<options.repeatCount {
                var hits: [SearchHit] = []
                let elapsed = try clock.measure { hits = try archive.search(request) }
                timing.timings_ms.append(milliseconds(elapsed))
                timing.hits_returned = hits.count
            }
            timing.count = try archive.count(SearchRequest(query: query.query))
            if options.sources {
                var all = SearchRequest(query: query.query)
                all.limit = max(timing.count, 1)
                all.snippetLength = 1
                timing.sources = Array(Set(try archive.search(all).map(\.source))).sorted()
            }
        } catch {
            timing.error = "\(error)"
        }
        results.append(timing)
    }
    return BenchReport(
        archive: options.archivePath, repeat_count: options.repeatCount, warmup: options.warmup, limit: options.limit,
        open_ms: milliseconds(openTime), queries: results)
}

guard let options = Options.parse(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data("usage: folio-bench ARCHIVE.db QUERIES.json [--repeat N] [--warmup N] [--limit N] [--sources] [--rank-window N]\n".utf8))
    exit(2)
}
do {
    let report = try run(options)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    FileHandle.standardOutput.write(try encoder.encode(report))
    FileHandle.standardOutput.write(Data("\n".utf8))
} catch {
    FileHandle.standardError.write(Data("folio-bench: \(error)\n".utf8))
    exit(1)
}
