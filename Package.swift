// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .library(name: "FolioQuery", targets: ["FolioQuery"]),
        .library(name: "FolioIngest", targets: ["FolioIngest"]),
        // The same tokenizer the app registers, as a loadable SQLite extension:
        // sqlite3 folio.db '.load .build/release/libFolioTokenizer'
        .library(name: "FolioTokenizer", type: .dynamic, targets: ["FolioTokenizer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // bytes → decoded text → lines → blocks → articles → dates. Pure; no SQLite.
        .target(name: "FolioIngest"),
        // The FTS5 tokenizer: one implementation for the app and the sqlite3 shell.
        .target(
            name: "FolioTokenizer",
            dependencies: [.product(name: "GRDBSQLite", package: "GRDB.swift")],
            exclude: ["Data"]),
        // schema.sql, connections, migrations, and writing imported pages.
        .target(
            name: "FolioStore",
            dependencies: [
                "FolioIngest", "FolioTokenizer",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            plugins: ["EmbedSchema"]),
        // Build tool that turns schema.sql into a Swift string for FolioStore.
        .executableTarget(name: "folio-embed"),
        .plugin(name: "EmbedSchema", capability: .buildTool(), dependencies: ["folio-embed"], path: "Sources/EmbedSchema"),
        // Search, headlines, dates: typed results, never prints.
        .target(
            name: "FolioQuery",
            dependencies: [
                "FolioStore", "FolioTokenizer",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API, to read candidates' text in place.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioQuery", "FolioStore", "FolioIngest", "FolioTokenizer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // libFuzzer harness and replay tool (see Tests/Fuzz/run.sh).
        .executableTarget(
            name: "folio-fuzz",
            dependencies: [
                "FolioIngest", "FolioTokenizer", "FolioQuery",
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        // In-process search latency for bench/run.py (not shipped).
        .executableTarget(name: "folio-bench", dependencies: ["FolioQuery", "FolioStore", "FolioIngest"], path: "bench/FolioBench"),
        .testTarget(name: "FolioIngestTests", dependencies: ["FolioIngest"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "FolioTokenizerTests",
            dependencies: ["FolioTokenizer", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "FolioQueryTests",
            dependencies: [
                "FolioQuery", "FolioStore", "FolioIngest", "FolioTokenizer",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            // Read from disk by path (like schema.sql), not bundled.
            exclude: ["Fixtures"]),
        .testTarget(name: "FolioCLITests", dependencies: ["folio"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["folio-fuzz"]),
    ],
    swiftLanguageModes: [.v6]
)
