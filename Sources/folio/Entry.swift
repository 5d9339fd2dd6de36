import ArgumentParser
import Foundation

/// Runs the command and maps every failure to one line on stderr and an
/// exit code: 0 success, 1 no results or some inputs rejected, 2 usage or
/// fatal error. A user error never shows a stack trace.
@main
enum Entry {
    static func main() {
        do {
            var command = try FolioCommand.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            FolioCommand.exit(withError: exit)
        } catch let failure as CLIFailure {
            Console.error(failure.message)
            FolioCommand.exit(withError: ExitCode(failure.code))
        } catch {
            if FolioCommand.exitCode(for: error) == .success {
                FolioCommand.exit(withError: error)  // --help, --version
            }
            Console.error(Console.describe(error))
            FolioCommand.exit(withError: ExitCode(2))
        }
    }
}

/// A failure the CLI reports itself, with its exit code.
struct CLIFailure: Error {
    var message: String
    var code: Int32 = 2
}
