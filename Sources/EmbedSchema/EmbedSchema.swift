import Foundation
import PackagePlugin

/// Compiles the package's top-level `schema.sql` into the target as a
/// Swift string, so the one schema file is what the binary applies, with
/// no resource bundle to lose when the binary is copied elsewhere.
@main
struct EmbedSchema: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let input = context.package.directoryURL.appending(path: "schema.sql")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSchema.swift")
        return [
            .buildCommand(
                displayName: "Embedding schema.sql",
                executable: try context.tool(named: "folio-embed").url,
                arguments: [input.path, output.path, "embeddedSchemaSQL"],
                inputFiles: [input],
                outputFiles: [output]),
        ]
    }
}
