import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A fresh private directory (mkdtemp) under $TMPDIR for a test's files
/// and libraries, removed with everything in it when the value goes away
/// or on `remove()`.
public final class TemporaryDirectory: Sendable {
    public let path: String
    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    public init(prefix: String = "yuedu-test") throws {
        // NSTemporaryDirectory() ends in "/": joined as a path component, so
        // the paths in messages tests compare have no "//".
        let pattern = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(prefix)-XXXXXX")
        var template = Array(pattern.utf8CString)
        guard mkdtemp(&template) != nil else {
            throw SpawnError("cannot create a temporary directory: \(String(cString: strerror(errno)))")
        }
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    deinit { remove() }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `bytes` to `name` (which may hold subdirectories); returns its path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        let parent = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else {
            throw SpawnError("cannot write \(file)")
        }
        return file
    }

    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}
