import Foundation
import GRDB

/// `yuedu doctor`'s check of the search index's structure: every block
/// decodes, grams ascend within a segment, every list ascends, and every
/// indexed article names a segment that exists.
package enum SearchIndexCheck {
    package static func run(_ db: Database) throws {
        let orphans = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM search_documents d
            WHERE NOT EXISTS (SELECT 1 FROM search_segments s WHERE s.id = d.segment)
            """) ?? 0
        if orphans > 0 { throw SearchIndexDamage.error("\(orphans) indexed articles name a missing segment") }
        for segment in try Int64.fetchAll(db, sql: "SELECT id FROM search_segments") {
            var reader = try SegmentReader(db, segment: segment)
            var previous: UInt64?
            while let gram = reader.gram {
                if let previous, gram <= previous { throw SearchIndexDamage.error("segment \(segment): grams out of order") }
                if reader.list.withUnsafeBytes(PostingCodec.decodeList) == nil {
                    throw SearchIndexDamage.error("segment \(segment): a damaged list for gram \(gram)")
                }
                previous = gram
                try reader.advance()
            }
        }
    }
}
