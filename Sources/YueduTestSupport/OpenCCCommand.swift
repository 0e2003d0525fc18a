import Foundation

/// Debian's `opencc` command, the oracle for conversion tests: what it prints
/// is OpenCC's answer.
public enum OpenCCCommand {
    /// `opencc -c /usr/share/opencc/<name>.json` over `text`, through files
    /// (a pipe both ways would deadlock on large input).
    public static func convert(_ text: String, configuration name: String) throws -> String {
        let scratch = try TemporaryDirectory(prefix: "yuedu-opencc")
        defer { scratch.remove() }
        let input = try scratch.write("in.txt", text), output = scratch.path + "/out.txt"
        let result: SpawnResult
        do {
            result = try Spawn.run(["/usr/bin/opencc", "-c", "/usr/share/opencc/\(name).json", "-i", input, "-o", output])
        } catch {
            throw SpawnError("cannot run /usr/bin/opencc (install opencc): \(error)")
        }
        guard result.status == 0 else { throw SpawnError("opencc -c \(name) exited \(result.status): \(result.stderr)") }
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: output)), as: UTF8.self)
    }
}
