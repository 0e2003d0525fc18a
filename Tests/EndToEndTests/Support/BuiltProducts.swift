import Foundation

/// Where `swift build` put the project's executables: beside the test bundle.
enum BuiltProducts {
    static var directory: URL {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var dir = executable.deletingLastPathComponent()
        // On Linux the test runner is `<build>/yueduPackageTests.xctest`.
        if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        return dir
    }

    static var yuedu: String { directory.appendingPathComponent("yuedu").path }

    /// The repository root (this file is Tests/EndToEndTests/Support/BuiltProducts.swift).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}
