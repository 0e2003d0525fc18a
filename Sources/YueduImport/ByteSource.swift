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
        guard fd >= 0 else { throw ImportFailure(file: path, line: nil, message: "cannot open: \(Self.lastError())") }
        descriptor = fd; ownsDescriptor = true
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// The next chunk (whatever one read returned), or nil at end of input.
    func nextChunk() throws(ImportFailure) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Self.chunkSize) }
            if count > 0 {
                buffer.removeSubrange(count...)
                return buffer
            }
            if count == 0 { return nil }
            if errno == EINTR { continue }
            throw ImportFailure(file: name, line: nil, message: "cannot read: \(Self.lastError())")
        }
    }

    /// Everything that is left, appended to `prefix`.
    func readToEnd(after prefix: [UInt8]) throws(ImportFailure) -> [UInt8] {
        var all = prefix
        while let chunk = try nextChunk() { all.append(contentsOf: chunk) }
        return all
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
