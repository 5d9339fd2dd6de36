import ArgumentParser

/// The output formats every data command takes, as in sqlite-utils.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv, tsv
}

/// `--format` for commands that print data.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json, jsonl, csv or tsv.")
    var format: OutputFormat = .table
}
