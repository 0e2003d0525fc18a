import Foundation

/// Where the library file lives: `--library PATH`, else `$YUEDU_LIBRARY`,
/// else `$XDG_DATA_HOME/yuedu/library.sqlite`, else
/// `~/.local/share/yuedu/library.sqlite`.
public struct LibraryLocation: Hashable, Sendable {
    public var path: String
    /// True when the user named the file (flag or environment): then a missing
    /// directory is an error, because creating a typo'd directory tree hides it.
    public var isExplicit: Bool

    public init(path: String, isExplicit: Bool) { self.path = path; self.isExplicit = isExplicit }

    public static func resolve(explicit: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> LibraryLocation {
        if let explicit, !explicit.isEmpty { return LibraryLocation(path: expand(explicit, environment), isExplicit: true) }
        if let env = environment["YUEDU_LIBRARY"], !env.isEmpty {
            return LibraryLocation(path: expand(env, environment), isExplicit: true)
        }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg  // the XDG spec says relative values are invalid and must be ignored
        } else {
            dataHome = home(environment) + "/.local/share"
        }
        return LibraryLocation(path: dataHome + "/yuedu/library.sqlite", isExplicit: false)
    }

    /// Makes sure the file can be created or opened: refuses directories and
    /// missing explicit parents; creates the default directory (0700) and a new
    /// empty file (0600) so SQLite's own files inherit that mode.
    public func prepare() throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir) {
            if isDir.boolValue { throw LibraryError.isDirectory(path: path) }
            return
        }
        let directory = (path as NSString).deletingLastPathComponent.isEmpty
            ? "." : (path as NSString).deletingLastPathComponent
        if fm.fileExists(atPath: directory, isDirectory: &isDir) {
            if !isDir.boolValue { throw LibraryError.missingDirectory(path: path, directory: directory) }
        } else if isExplicit {
            throw LibraryError.missingDirectory(path: path, directory: directory)
        } else {
            do {
                try fm.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                       attributes: [.posixPermissions: 0o700])
            } catch {
                throw LibraryError.readOnly(path: path)
            }
        }
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST { return }
            throw errno == EACCES || errno == EROFS ? LibraryError.readOnly(path: path)
                : LibraryError.database(path: path, detail: String(cString: strerror(errno)))
        }
        close(fd)
    }

    private static func home(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    private static func expand(_ path: String, _ environment: [String: String]) -> String {
        if path == "~" { return home(environment) }
        if path.hasPrefix("~/") { return home(environment) + path.dropFirst(1) }
        return path
    }
}
