import Foundation

/// Writes a file named on the command line. A regular file (or a new one)
/// is written atomically, through a temporary file renamed over it, so a
/// crash never leaves half of it. Anything else is written in place: a
/// rename would replace `/dev/null`, a FIFO or `/dev/stdout` with a regular
/// file (as root, for every process on the machine). A symbolic link is
/// followed, never replaced.
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        var info = stat()
        if stat(target.path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            guard let handle = FileHandle(forWritingAtPath: target.path) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(text.utf8))
        } else {
            try Data(text.utf8).write(to: target, options: .atomic)
        }
    }
}
