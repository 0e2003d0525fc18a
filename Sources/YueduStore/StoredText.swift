import CZstd
import Foundation
import GRDB

/// An article's long text columns (its body and its related items) as
/// stored: a zstd frame in a BLOB where that is smaller, else the text
/// itself. They are two thirds of a library (body 382 MiB and related 183
/// MiB at 100,000 articles) and compress to about 40% and 55%; the pages
/// saved are pages the import does not write twice (WAL, then checkpoint)
/// and the room the search index's exact trigram lists take. Decoding a
/// body of a few kilobytes costs microseconds. A TEXT value is read as it
/// is, so rows written before compression, and short text, need nothing.
package enum StoredText {
    /// Shorter text is stored as it is: a frame's header and the call cost
    /// more than they could save.
    static let smallest = 96
    /// Level 1: the import compresses every body on the preparing threads,
    /// and higher levels gain a few percent on text this short.
    static let level: Int32 = 1
    /// A frame claiming more is damage: SQLite keeps no value over 1 GB.
    static let largest = 1 << 30

    package static func encode(_ text: String) -> DatabaseValue {
        var utf8 = text
        let frame: Data? = utf8.withUTF8 { bytes in
            guard bytes.count >= smallest else { return nil }
            let bound = ZSTD_compressBound(bytes.count)
            var frame = Data(count: bound)
            guard let context = ZstdContexts.compression() else { return nil }
            let size = frame.withUnsafeMutableBytes { out in
                ZSTD_compress2(context, out.baseAddress, bound, bytes.baseAddress, bytes.count)
            }
            guard ZSTD_isError(size) == 0, size < bytes.count else { return nil }
            frame.count = size
            return frame
        }
        return frame?.databaseValue ?? text.databaseValue
    }

    /// The text of a stored value; a frame that does not decode whole is
    /// reported as a damaged library, never read in part. NULL reads as "".
    package static func decode(_ value: DatabaseValue, column: String) throws -> String {
        switch value.storage {
        case .null: return ""
        case .string(let text): return text
        case .blob(let frame): return try decompress(frame, column: column)
        case .int64, .double: throw damage(column, "holds a number")
        }
    }

    private static func decompress(_ frame: Data, column: String) throws -> String {
        try frame.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            let claimed = ZSTD_getFrameContentSize(input.baseAddress, input.count)
            guard claimed != ZSTD_CONTENTSIZE_UNKNOWN, claimed != ZSTD_CONTENTSIZE_ERROR, claimed <= UInt64(largest) else {
                throw damage(column, "is not a zstd frame of known size")
            }
            let size = Int(claimed)
            guard let context = ZstdContexts.decompression() else { throw damage(column, "cannot be decompressed here") }
            var failed = false
            let text = String(unsafeUninitializedCapacity: size) { out in
                let written = ZSTD_decompressDCtx(context, out.baseAddress, size, input.baseAddress, input.count)
                failed = ZSTD_isError(written) != 0 || written != size
                return failed ? 0 : written
            }
            if failed { throw damage(column, "does not decompress") }
            return text
        }
    }

    /// Reported as SQLite corruption, so the user hears the file is damaged.
    private static func damage(_ column: String, _ what: String) -> DatabaseError {
        DatabaseError(resultCode: .SQLITE_CORRUPT, message: "an article's \(column) \(what)")
    }
}
