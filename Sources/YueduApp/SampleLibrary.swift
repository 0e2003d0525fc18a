import Foundation

/// Finds the bundled sample library (the repository's `Data/`), wherever the
/// binary runs from: `YUEDU_SAMPLE_DIR` when set; `<prefix>/share/yuedu/sample`
/// beside an installed `<prefix>/bin/yuedu` (`make install`); else the source
/// tree this binary was built from (`swift run`, `.build/*/yuedu`).
public enum SampleLibrary {
    /// The paths to import: the page files and the JSON Lines file.
    public static func importPaths(in directory: URL) -> [String] {
        ["pages", "articles.jsonl"].map { directory.appendingPathComponent($0).path }
            .filter { FileManager.default.fileExists(atPath: $0) }
    }

    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: URL? = Bundle.main.executableURL) -> URL? {
        var candidates: [URL] = []
        if let dir = environment["YUEDU_SAMPLE_DIR"], !dir.isEmpty { candidates.append(URL(fileURLWithPath: dir)) }
        if let executable = executable?.resolvingSymlinksInPath() {
            candidates.append(executable.deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share/yuedu/sample"))
        }
        // Sources/YueduApp/SampleLibrary.swift → the repository's Data/.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data"))
        return candidates.first { !importPaths(in: $0).isEmpty }
    }
}
