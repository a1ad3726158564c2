import Foundation

#if SQLPORT_LIBFUZZER
/// Built by `tools/fuzz` with `-sanitize=fuzzer,address`: libFuzzer drives the pipeline.
/// SwiftPM links an executable's entry point as `<target>_main`, so that symbol hands
/// control to libFuzzer's driver instead of libFuzzer bringing its own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("SQLPortFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        FuzzPipeline.run(FuzzInput(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))))
        return 0
    }
}
#else
/// Without libFuzzer: replays the files named on the command line through the same
/// pipeline, so a crash libFuzzer saved reproduces in a plain debug build
/// (`swift run SQLPortFuzz crash-...`), under a debugger if need be.
@main
struct FuzzReplay {
    static func main() throws {
        let paths = CommandLine.arguments.dropFirst()
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("SQLPortFuzz: cannot read \(path)\n".utf8))
                exit(2)
            }
            FuzzPipeline.run(FuzzInput(Array(data)))
        }
        print("SQLPortFuzz: \(paths.count) input(s) replayed, no invariant broken")
    }
}
#endif
