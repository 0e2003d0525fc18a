import Foundation
import Glibc

/// Expands the paths given to `read`: a directory becomes its regular files,
/// recursively, in sorted order (by name, directories and files interleaved),
/// hidden entries (`.name`) skipped; symbolic links to files are followed, to
/// directories not (no loops). A path given explicitly is read whatever it
/// is, hidden or not; `-` is standard input.
enum InputWalker {
    enum Entry: Equatable {
        case file(String)
        case failure(ImportFailure)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return path != "-" && stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    static func walk(_ path: String, _ visit: (Entry) throws -> Void) rethrows {
        if path == "-" { return try visit(.file(path)) }
        var info = stat()
        guard stat(path, &info) == 0 else {
            return try visit(.failure(ImportFailure(file: path, line: nil, message: String(cString: strerror(errno)))))
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            try walkDirectory(path, visit)
        } else {
            try visit(.file(path))
        }
    }

    private static func walkDirectory(_ directory: String, _ visit: (Entry) throws -> Void) rethrows {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            return try visit(.failure(ImportFailure(file: directory, line: nil, message: "cannot list directory")))
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var link = stat(), target = stat()
            guard lstat(path, &link) == 0 else { continue }
            let isLink = link.st_mode & S_IFMT == S_IFLNK
            guard stat(path, &target) == 0 else { continue }
            switch target.st_mode & S_IFMT {
            case S_IFREG: try visit(.file(path))
            case S_IFDIR where !isLink: try walkDirectory(path, visit)
            default: continue
            }
        }
    }
}
