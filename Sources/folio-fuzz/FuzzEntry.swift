import Foundation

#if FOLIO_LIBFUZZER
/// libFuzzer's driver, from `libclang_rt.fuzzer_no_main` (see Tests/Fuzz/run.sh).
///
/// The harness brings its own `main` and calls the driver, rather than
/// linking with `-sanitize=fuzzer`, because SwiftPM passes `-Xswiftc` flags to
/// every executable it links, including the `folio-embed` build tool, and
/// libFuzzer's `main` cannot be linked into those.
@_extern(c, "LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// One fuzzing input. The target comes from `FOLIO_FUZZ_TARGET` because one
/// binary serves all five; a broken invariant becomes a crash, which is what
/// libFuzzer records.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let name = ProcessInfo.processInfo.environment["FOLIO_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("FOLIO_FUZZ_TARGET must be one of \(FuzzTarget.allCases.map(\.rawValue)), not \"\(name)\"")
    }
    let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        try target.check(input)
    } catch {
        fatalError("\(target.rawValue): \(error)")
    }
    return 0
}

@main
struct FuzzDriver {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOne))
    }
}
#else
/// Without libFuzzer: `folio-fuzz TARGET FILE…` runs saved inputs through the
/// same checks, for reproducing a crash under a debugger or a plain build.
@main
struct FuzzReplay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: folio-fuzz \(names) FILE…\n".utf8))
            exit(2)
        }
        var failures = 0
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot read")
                failures += 1
                continue
            }
            do {
                try target.check(Array(data))
                print("\(path): ok")
            } catch {
                print("\(path): \(error)")
                failures += 1
            }
        }
        exit(failures == 0 ? 0 : 1)
    }
}
#endif
