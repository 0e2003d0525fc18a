import Foundation
import YueduStore

/// An empty library is filled with the bundled sample so a first start shows
/// something to read; the reader says so on screen.
public enum SampleLoader {
    /// Returns the message to show, or nil when the library was not empty.
    public static func loadIfEmpty(_ store: LibraryStore) throws -> String? {
        guard try store.count(.all) == 0 else { return nil }
        guard let directory = SampleLibrary.locate() else {
            return "The library is empty and the sample library was not found: import articles with `yuedu import PATH`."
        }
        var problems: [String] = []
        let tally = try ArticleImport.run(paths: SampleLibrary.importPaths(in: directory), into: store) {
            problems.append($0)
        }
        let note = problems.isEmpty ? "" : " (\(problems.count) could not be read: \(problems[0]))"
        return "Library was empty: loaded the sample library, \(tally.stored) articles from \(directory.path)\(note)"
    }
}
