import FolioIngest
import Foundation

/// The files an import will read, found by walking the given paths.
struct ImportPlan {
    struct File {
        var path: String
        /// The manifest.csv of the folder the file was found under, if any.
        var folderManifest: ManifestFile?
    }

    struct Problem {
        var path: String
        var reason: String
    }

    var files: [File] = []
    var problems: [Problem] = []
    /// Files in folders that did not match the glob.
    var skipped = 0

    static func collect(_ paths: [String], glob: String) -> ImportPlan {
        var plan = ImportPlan()
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                plan.problems.append(Problem(path: path, reason: "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                plan.files.append(File(path: path, folderManifest: nil))
                continue
            }
            let root = URL(fileURLWithPath: path).standardizedFileURL
            var manifest: ManifestFile?
            let manifestPath = root.appendingPathComponent("manifest.csv").path
            if manager.fileExists(atPath: manifestPath) {
                do {
                    manifest = try ManifestFile.load(manifestPath)
                } catch {
                    plan.problems.append(Problem(path: manifestPath, reason: Console.describe(error)))
                }
            }
            var found: [String] = []
            walk(root, glob: glob, visited: [], into: &found, skipped: &plan.skipped, problems: &plan.problems)
            for file in found.sorted() {
                plan.files.append(File(path: file, folderManifest: manifest))
            }
        }
        return plan
    }

    /// Recursive walk that follows folder symlinks once each, so a link loop ends.
    private static func walk(
        _ folder: URL, glob: String, visited: Set<String>, into found: inout [String], skipped: inout Int,
        problems: inout [Problem]
    ) {
        let real = folder.resolvingSymlinksInPath().path
        guard !visited.contains(real) else {
            problems.append(Problem(path: folder.path, reason: "symbolic link loop, skipped"))
            return
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            problems.append(Problem(path: folder.path, reason: "cannot read folder"))
            return
        }
        for name in entries where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(url, glob: glob, visited: visited.union([real]), into: &found, skipped: &skipped, problems: &problems)
            } else if fnmatch(glob, name, 0) == 0 {
                found.append(url.path)
            } else if name != "manifest.csv" {
                skipped += 1
            }
        }
    }
}

/// A manifest file and the folder its relative paths are relative to.
struct ManifestFile {
    var folder: String
    var manifest: Manifest

    static func load(_ path: String) throws -> ManifestFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure(message: "cannot read manifest \(path)")
        }
        let text = try TextDecoder.decode([UInt8](data)).text
        let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        return ManifestFile(folder: folder, manifest: try Manifest(csv: text))
    }

    func overrides(for filePath: String) -> PublicationOverrides? {
        let absolute = URL(fileURLWithPath: filePath).standardizedFileURL.path
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let relative = absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
        return manifest.overrides(relativePath: relative, fileName: (absolute as NSString).lastPathComponent)
    }
}
