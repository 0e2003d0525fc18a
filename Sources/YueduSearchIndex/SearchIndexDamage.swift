import Foundation
import GRDB

/// Damage found in the search index: reported as SQLite corruption (so the
/// user hears the file is damaged and to run `yuedu doctor`), never read
/// past, and never carried into a merge.
package enum SearchIndexDamage {
    package static func error(_ what: String) -> DatabaseError {
        DatabaseError(resultCode: .SQLITE_CORRUPT,
                      message: "search index: \(what); `yuedu doctor --rebuild` rebuilds it from the articles")
    }

    /// A `search_blocks` row's (first_gram, postings) after checking their
    /// types and range; values of another type are damage, not a crash.
    package static func block(_ row: Row, segment: Int64) throws -> (firstGram: UInt64, bytes: Data) {
        guard let first = Int64.fromDatabaseValue(row[0]).flatMap(UInt64.init(exactly:)),
              let bytes = Data.fromDatabaseValue(row[1]) else {
            throw error("a block of segment \(segment) is damaged")
        }
        return (first, bytes)
    }
}
