import Foundation
import YueduTestSupport

/// Runs the built `yuedu` binary as a user would, on a private temporary
/// library, and captures what it printed.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A temporary directory holding the library; removed by `cleanUp()`
    /// (or when the last copy of this runner goes).
    private let scratch: TemporaryDirectory
    var directory: URL { scratch.url }
    var libraryPath: String { directory.appendingPathComponent("library.sqlite").path }

    init() throws { scratch = try TemporaryDirectory(prefix: "yuedu-cli") }

    func cleanUp() { scratch.remove() }

    /// The `yuedu` executable built beside this test bundle (`.build/debug/yuedu`).
    static let binary: URL = {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ] + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for directory in candidates {
            let url = directory.appendingPathComponent("yuedu")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue { return url }
        }
        return URL(fileURLWithPath: ".build/debug/yuedu")
    }()

    /// Runs `yuedu SUBCOMMAND --library <temporary library> ARGS...` unless
    /// `library` is false; `environment` adds variables. The flag goes right
    /// after the subcommand so a `--` among ARGS cannot swallow it.
    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
             library: Bool = true) throws -> Result {
        let command = [Self.binary.path] + (library && !arguments.isEmpty
            ? [arguments[0], "--library", libraryPath] + arguments.dropFirst() : arguments)
        var env = ProcessInfo.processInfo.environment
        env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "YUEDU_LIBRARY")
        for (name, value) in environment { env[name] = value }
        var input = Spawn.Stream.file("/dev/null")
        if let stdin {
            let inURL = directory.appendingPathComponent("in-\(UUID().uuidString)")
            try Data(stdin.utf8).write(to: inURL)
            input = .file(inURL.path)
        }
        let result = try Spawn.run(command, environment: env, stdin: input)
        return Result(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    /// Writes `text` to a file in the temporary directory and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
