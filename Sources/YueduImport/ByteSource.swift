import Foundation
import Glibc

/// A file or standard input read in chunks, so a JSON Lines file of hundreds
/// of megabytes is never held whole, and a pipe is consumed as data arrives.
final class ByteSource {
    static let chunkSize = 1 << 20

    /// The name failures use: the path, or `<stdin>` for `-`.
    let name: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    init(path: String) throws(ImportFailure) {
        if path == "-" {
            name = "<stdin>"; descriptor = STDIN_FILENO; ownsDescriptor = false
            return
        }
        name = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ImportFailure(file: path, line: nil, message: "cannot read: \(Self.lastError())") }
        descriptor = fd; ownsDescriptor = true
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// When a regular file was last modified; nil for a pipe or terminal.
    var modificationTime: Date? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
    }

    /// The next chunk (whatever one read returned), or nil at end of input.
    func nextChunk() throws(ImportFailure) -> [UInt8]? {
        while true {
            var count = 0
            // Uninitialized: zeroing a megabyte per read costs more than parsing a page.
            let buffer = [UInt8](unsafeUninitializedCapacity: Self.chunkSize) { raw, initialized in
                count = read(descriptor, raw.baseAddress, Self.chunkSize)
                initialized = max(count, 0)
            }
            if count > 0 { return buffer }
            if count == 0 { return nil }
            if errno == EINTR { continue }
            throw ImportFailure(file: name, line: nil, message: "cannot read: \(Self.lastError())")
        }
    }

    /// Everything that is left, appended to `prefix`; fails beyond `limit`
    /// bytes rather than holding a huge file (a page is a few kilobytes).
    /// `tooLarge` finishes the message: what the file was read as.
    func readToEnd(after prefix: [UInt8], limit: Int, tooLarge: String) throws(ImportFailure) -> [UInt8] {
        var all = prefix
        while let chunk = try nextChunk() {
            all.append(contentsOf: chunk)
            if all.count > limit {
                throw ImportFailure(file: name, line: nil, message: "larger than \(limit >> 20) MB: too large for \(tooLarge)")
            }
        }
        return all
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// A whole file or standard input (`-`) in memory, refused past `limit`
/// bytes: for the commands that read one document (`yuedu extract`, `yuedu
/// feed preview`), so a huge or endless input costs bounded memory. The
/// failure names the input and what it was read as.
public enum InputBytes {
    public static func read(_ path: String, limit: Int, readAs: String) throws(ImportFailure) -> [UInt8] {
        try ByteSource(path: path).readToEnd(after: [], limit: limit, tooLarge: readAs)
    }

    /// The largest page a file import or `yuedu extract` takes.
    public static let pageLimit = FileReader.pageSizeLimit
}
