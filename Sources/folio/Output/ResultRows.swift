import FolioQuery
import FolioStore

/// How each result type reads as a row: the field names are the CLI's
/// public contract (they are what jsonl consumers see).
extension SearchHit {
    var row: OutputRow {
        OutputRow([
            ("id", .integer(id)), ("source", .text(source)), ("publication_date", .text(publicationDate)),
            ("page", .text(page)), ("headline", .text(headline)), ("snippet", .text(snippet)), ("score", .real(score)),
        ])
    }
    static let columns = ["id", "source", "publication_date", "page", "headline", "snippet", "score"]
}

extension HeadlineRow {
    var row: OutputRow {
        OutputRow([
            ("id", .integer(id)), ("source", .text(source)), ("publication_date", .text(publicationDate)),
            ("headline", .text(headline)), ("subheadlines", .list(subheadlines)),
        ])
    }
    static let columns = ["id", "source", "publication_date", "headline", "subheadlines"]
}

extension ArticleRecord {
    var row: OutputRow {
        let mentions = "[" + mentionedDates.map {
            "{\"text\":" + JSONText.string($0.text) + ",\"date\":" + JSONText.value(.text($0.date)) + "}"
        }.joined(separator: ",") + "]"
        return OutputRow([
            ("id", .integer(id)), ("source", .text(source)), ("page", .text(page)),
            ("publication_date", .text(publicationDate)), ("headline", .text(headline)),
            ("subheadlines", .list(subheadlines)), ("byline", .text(byline)), ("section_heads", .list(sectionHeads)),
            ("pull_quotes", .list(pullQuotes)), ("paragraphs", .list(paragraphs)), ("mentioned_dates", .json(mentions)),
        ])
    }
    static let columns = [
        "id", "source", "page", "publication_date", "headline", "subheadlines", "byline", "section_heads",
        "pull_quotes", "paragraphs", "mentioned_dates",
    ]
}

extension MentionHit {
    var row: OutputRow {
        OutputRow([
            ("id", .integer(id)), ("source", .text(source)), ("publication_date", .text(publicationDate)),
            ("headline", .text(headline)), ("text", .text(text)), ("date", .text(date)), ("sentence", .text(sentence)),
        ])
    }
    static let columns = ["id", "source", "publication_date", "headline", "text", "date", "sentence"]
}

extension TimelineEntry {
    var row: OutputRow {
        OutputRow([("kind", .text(kind.rawValue)), ("date", .text(date)), ("count", .int(count))])
    }
}

extension ImportResult {
    var row: OutputRow {
        OutputRow([
            ("path", .text(path)), ("status", .text(status.rawValue)), ("articles", .int(articles)),
            ("encoding", .text(encoding?.rawValue)), ("note", .text(message)),
        ])
    }
    static let columns = ["path", "status", "articles", "encoding", "note"]
}
