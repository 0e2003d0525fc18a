import GRDB

extension LibraryStore {
    /// SQLite's `data_version` on the writing connection: it changes when
    /// another connection (a second reader, an import) commits, and never
    /// for this store's own writes. Cheap enough to ask after every key.
    public func externalChangeCounter() throws -> Int {
        try writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}
