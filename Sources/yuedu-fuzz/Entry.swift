#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's entry point (built with `-sanitize=fuzzer`, see scripts/fuzz.sh).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.selected.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}

#if YUEDU_FUZZING
/// libFuzzer's driver, for a program that has its own `main` (SwiftPM gives
/// every executable one, so libFuzzer's would never run).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
#endif

/// With libFuzzer: fuzz. Without: replay inputs, `yuedu-fuzz TARGET FILE...`,
/// so a crash file from a fuzzing run can be rerun in a normal debug build.
@main
struct FuzzMain {
    static func main() {
        #if YUEDU_FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            complain("usage: yuedu-fuzz \(names) FILE...")
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let file = fopen(path, "rb") else { complain("\(path): cannot open"); exit(1) }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while case let n = fread(&buffer, 1, buffer.count, file), n > 0 { bytes += buffer[..<n] }
            fclose(file)
            bytes.withUnsafeBufferPointer { target.run($0) }
            print("\(path): ok")
        }
        #endif
    }

    static func complain(_ message: String) {
        let line = message + "\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
    }
}
