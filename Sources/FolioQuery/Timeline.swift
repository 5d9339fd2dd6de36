import Foundation
import FolioIngest
import GRDB

/// One row of a date timeline.
public struct TimelineEntry: Sendable, Equatable, Codable {
    /// What `count` counts.
    public enum Kind: String, Sendable, Codable {
        /// `count` articles were published on `date`.
        case published
        /// `count` date expressions point to `date`.
        case mentioned
    }

    /// Whether the row counts publications or mentions.
    public var kind: Kind
    /// `YYYY-MM-DD` for publications. For mentions any resolved form:
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` and `--MM` when the
    /// year is unknown.
    public var date: String
    /// Articles published on `date`, or date expressions resolved to it.
    public var count: Int
}

/// Granularity of a trend.
public enum TrendPeriod: String, Sendable, CaseIterable {
    /// Periods labelled `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, cut from the
    /// publication date.
    case day, month, year

    var prefixLength: Int {
        switch self {
        case .day: return 10
        case .month: return 7
        case .year: return 4
        }
    }
}

/// How many matching articles were published in one period.
public struct TrendPoint: Sendable, Equatable, Codable {
    /// The period's label: `2020-03-28`, `2020-03` or `2020`.
    public var period: String
    /// Matching articles published in the period; 0 for a gap.
    public var count: Int

    /// Creates a point from a period label and its count.
    public init(period: String, count: Int) {
        self.period = period
        self.count = count
    }
}

extension FolioArchive {
    /// Publication dates with article counts, then mentioned dates with
    /// mention counts, each in date order. Undated articles are left out.
    public func timeline() throws -> [TimelineEntry] {
        try read { db in
            let published = try Row.fetchAll(db, sql: """
                SELECT publication_date AS date, count(*) AS n FROM articles
                WHERE publication_date IS NOT NULL GROUP BY publication_date ORDER BY publication_date
                """).map { TimelineEntry(kind: .published, date: $0["date"], count: $0["n"]) }
            let mentioned = try Row.fetchAll(db, sql: """
                SELECT date, count(*) AS n FROM date_mentions
                WHERE date IS NOT NULL GROUP BY date ORDER BY date
                """).map { TimelineEntry(kind: .mentioned, date: $0["date"], count: $0["n"]) }
            return published + mentioned
        }
    }

    /// Matching articles per publication period, in period order; periods
    /// with no match are included so a chart shows the gaps. Undated
    /// articles are left out.
    public func trend(_ request: SearchRequest, by period: TrendPeriod) throws -> [TrendPoint] {
        let compiled = try compile(request)
        let dates = request.dates.condition(column: "a.publication_date")
        let counts: [String: Int] = try runFTS {
            try read { db in
                var counts: [String: Int] = [:]
                if let query = compiled.query, !query.isExact {
                    // Candidates are checked on their text; the periods are counted here.
                    var scan = CandidateScan(request: request, query: query, expression: compiled.expression)
                    scan.extraColumns = ["substr(a.publication_date, 1, \(period.prefixLength))"]
                    try scan.forEachMatch(order: .any, limit: Int.max, db: db) { row, _ in
                        if let label = row[6] as String? { counts[label, default: 0] += 1 }
                        return true
                    }
                    return counts
                }
                let rows = try Row.fetchAll(db, sql: """
                    SELECT substr(a.publication_date, 1, \(period.prefixLength)) AS period, count(*) AS n
                    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                    WHERE articles_fts MATCH ? AND a.publication_date IS NOT NULL AND \(dates.sql)
                    GROUP BY period
                    """, arguments: StatementArguments([compiled.expression] + dates.arguments))
                for row in rows { counts[row["period"]] = row["n"] }
                return counts
            }
        }
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
        return PeriodSequence(from: first, to: last, period: period).map { TrendPoint(period: $0, count: counts[$0] ?? 0) }
    }
}

/// Every period label from `from` to `to` inclusive ("2020-03-28", "2020-03" or "2020").
struct PeriodSequence: Sequence {
    let from: String
    let to: String
    let period: TrendPeriod

    func makeIterator() -> AnyIterator<String> {
        var current: String? = from
        return AnyIterator {
            guard let value = current, value <= to else { return nil }
            current = PeriodSequence.next(after: value, period: period)
            return value
        }
    }

    static func next(after label: String, period: TrendPeriod) -> String? {
        let parts = label.split(separator: "-").compactMap { Int($0) }
        switch period {
        case .year:
            guard let year = parts.first else { return nil }
            return String(format: "%04d", year + 1)
        case .month:
            guard parts.count == 2 else { return nil }
            let (year, month) = CivilDate.shift(year: parts[0], month: parts[1], by: 1)
            return String(format: "%04d-%02d", year, month)
        case .day:
            guard parts.count == 3 else { return nil }
            return CivilDate(year: parts[0], month: parts[1], day: parts[2])?.nextDay?.description
        }
    }
}
