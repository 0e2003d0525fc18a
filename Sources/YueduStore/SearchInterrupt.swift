import GRDB
import GRDBSQLite

/// Stops a search inside a long statement: SQLite calls a progress handler
/// every `interval` virtual-machine steps, and a nonzero answer ends the
/// statement with SQLITE_INTERRUPT. Unlike `sqlite3_interrupt`, it touches
/// only this connection and only while `body` runs, so the pool's other
/// readers (the reader's list, an opening article) never see it.
enum SearchInterrupt {
    static let interval: Int32 = 1000

    private final class Check {
        let isCancelled: () -> Bool
        init(_ isCancelled: @escaping () -> Bool) { self.isCancelled = isCancelled }
    }

    static func during<T>(_ db: Database, _ isCancelled: () -> Bool, _ body: () throws -> T) throws -> T {
        guard let connection = db.sqliteConnection else { return try body() }
        return try withoutActuallyEscaping(isCancelled) { isCancelled in
            let check = Check(isCancelled)
            // The handler outlives neither `check` nor this call: it is removed before both end.
            sqlite3_progress_handler(connection, interval, { context in
                guard let context else { return 0 }
                return Unmanaged<Check>.fromOpaque(context).takeUnretainedValue().isCancelled() ? 1 : 0
            }, Unmanaged.passUnretained(check).toOpaque())
            defer { sqlite3_progress_handler(connection, 0, nil, nil) }
            return try withExtendedLifetime(check) { try body() }
        }
    }
}
