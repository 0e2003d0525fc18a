import Foundation

/// Debian's `opencc` command, the oracle: what it prints is OpenCC's answer.
enum OpenCCCommand {
    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    /// `opencc -c /usr/share/opencc/<name>.json` over `text`, through files
    /// (a pipe both ways would deadlock on large input).
    static func convert(_ text: String, configuration name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("yuedu-opencc-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.txt"), output = directory.appendingPathComponent("out.txt")
        try Data(text.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/opencc")
        process.arguments = ["-c", "/usr/share/opencc/\(name).json", "-i", input.path, "-o", output.path]
        do { try process.run() } catch { throw Failed(description: "cannot run /usr/bin/opencc (install opencc): \(error)") }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(description: "opencc -c \(name) exited \(process.terminationStatus)") }
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }
}
