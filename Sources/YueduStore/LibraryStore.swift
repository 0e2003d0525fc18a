import Foundation
import GRDB
import YueduSearchIndex
import YueduModel

/// The one facade over the library's SQLite file: schema, upserts, queries,
/// reader state and the reader's session values. Safe to share across
/// threads: WAL lets readers run beside one writer.
public final class LibraryStore: Sendable {
    let writer: any DatabaseWriter
    /// The file, or ":memory:"; named in every error.
    public let path: String

    init(writer: any DatabaseWriter, path: String) {
        self.writer = writer
        self.path = path
    }

    /// Opens (creating if needed) the library at `location`, refusing files
    /// that are not yuedu libraries or come from a newer yuedu, before
    /// anything is written to them. An upgrade (migrations, counting the
    /// library afresh, rebuilding its index) reports to `progress` as it goes.
    public static func open(_ location: LibraryLocation, progress: LibraryProgressHandler? = nil) throws -> LibraryStore {
        try location.prepare()
        return try open(path: location.path, progress: progress)
    }

    /// Opens an existing or empty file at `path`. Prefer `open(_:)`, which
    /// also creates the directory and file with private permissions.
    public static func open(path: String, progress: LibraryProgressHandler? = nil) throws -> LibraryStore {
        try checkHeader(path)
        // SQLite would open a read-only file and fail at the first write, and
        // WAL needs to create its -wal and -shm files beside the library.
        let exists = FileManager.default.fileExists(atPath: path)
        if (exists && access(path, W_OK) != 0) || access((path as NSString).deletingLastPathComponent.nonEmpty, W_OK) != 0 {
            throw LibraryError.readOnly(path: path)
        }
        let sidecars = LibrarySidecars(beside: path)
        do {
            return try openChecked(path: path, progress: progress)
        } catch {
            sidecars.removeCreated()
            throw error
        }
    }

    /// Refuses what is not ours to open, then opens and migrates. Every
    /// connection is closed again when this throws.
    private static func openChecked(path: String, progress: LibraryProgressHandler?) throws -> LibraryStore {
        do {
            try checkCompatibility(path)
            let pool = try DatabasePool(path: path, configuration: configuration())
            let store = LibraryStore(writer: pool, path: path)
            try store.migrate(progress: progress)
            return store
        } catch let error as DatabaseError {
            throw LibraryStore.translate(error, path: path)
        }
    }

    /// A private library in memory, for tests and previews.
    public static func inMemory() throws -> LibraryStore {
        let queue = try DatabaseQueue(configuration: configuration())
        let store = LibraryStore(writer: queue, path: ":memory:")
        try store.migrate()
        return store
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Two readers and an import must wait for each other, never fail.
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Statement journals (an insert that a trigger or a foreign key
            // may abort keeps a copy of each page it changes that the
            // transaction had already changed) go to memory, not to a
            // temporary file: an import wrote gigabytes of them.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            db.add(tokenizer: RetiredTrigramTokenizer.self)
        }
        return config
    }

    /// The first 16 bytes of an SQLite file are fixed; anything else (other
    /// than an empty file, which SQLite initializes) is refused unread.
    private static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if FileManager.default.fileExists(atPath: path) { throw LibraryError.readOnly(path: path) }
            return
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }
        if header != Data("SQLite format 3\0".utf8) { throw LibraryError.notALibrary(path: path) }
    }

    /// Refuses another program's database or a newer yuedu's library through
    /// a read-only connection, so a refused file is never written to.
    private static func checkCompatibility(_ path: String) throws {
        var info = stat()  // not attributesOfItem, which reads /etc/passwd and /etc/group for the owner
        guard stat(path, &info) == 0, info.st_size > 0 else { return }
        var config = configuration()
        config.readonly = true
        let verdict: LibraryError? = try DatabaseQueue(path: path, configuration: config).read { db in
            let hasTables = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master)") ?? false
            guard hasTables else { return nil }
            let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            if appID != Schema.applicationID { return .foreignDatabase(path: path) }
            let migrator = Schema.migrator
            let unknown = try migrator.appliedIdentifiers(db).subtracting(Set(migrator.migrations))
            return unknown.isEmpty ? nil : .newerSchema(path: path, unknown: unknown.sorted())
        }
        if let verdict { throw verdict }
    }

    /// Applies missing migrations (each is one transaction), counts the
    /// related items afresh if their totals are unknown, then rebuilds the
    /// search index if it was built with a different fold.
    private func migrate(progress: LibraryProgressHandler? = nil) throws {
        do {
            try applyMigrations(progress: progress)
            let (built, counted) = try writer.read { db in
                (try String.fetchOne(db, sql: "SELECT value FROM search_meta WHERE name = 'fold'"),
                 try RelatedCensus.totals(db) != nil)
            }
            if !counted {
                try writer.write { db in
                    try RelatedCensus.rebuild(db) { progress?(LibraryProgress(phase: .countingRelated, done: $0, total: $1)) }
                }
            }
            if built != SearchDocument.foldFingerprint {
                try writer.write { db in
                    try SearchIndexWriter.rebuild(db) { progress?(LibraryProgress(phase: .rebuildingIndex, done: $0, total: $1)) }
                }
            }
        } catch let error as DatabaseError {
            switch LibraryStore.translate(error, path: path) {
            case .database(_, let detail): throw LibraryError.migrationFailed(path: path, detail: detail)
            case let other: throw other
            }
        }
    }

    /// One migration at a time when upgrading an existing library, so each
    /// step is reported; a new library's are not an upgrade and go at once.
    private func applyMigrations(progress: LibraryProgressHandler?) throws {
        let migrator = Schema.migrator
        let applied = try writer.read { db in try migrator.appliedIdentifiers(db) }
        let pending = migrator.migrations.filter { !applied.contains($0) }
        guard !pending.isEmpty else { return }
        guard let progress, !applied.isEmpty else { return try migrator.migrate(writer) }
        for (done, identifier) in pending.enumerated() {
            progress(LibraryProgress(phase: .migrating, done: done, total: pending.count))
            try migrator.migrate(writer, upTo: identifier)
        }
        progress(LibraryProgress(phase: .migrating, done: pending.count, total: pending.count))
    }

    /// SQLite's result codes in the words of `LibraryError`.
    static func translate(_ error: DatabaseError, path: String) -> LibraryError {
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notALibrary(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: error.message ?? "\(error.resultCode)")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: return .readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path)
        default: return .database(path: path, detail: error.message ?? "\(error)")
        }
    }

    /// Runs a read, mapping SQLite errors to `LibraryError`.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch let error as DatabaseError {
            throw LibraryStore.translate(error, path: path)
        }
    }

    /// Runs one write transaction, mapping SQLite errors to `LibraryError`.
    func writing<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.write(body) } catch let error as DatabaseError {
            throw LibraryStore.translate(error, path: path)
        }
    }
}

extension String {
    /// "." for the empty directory part of a bare file name.
    var nonEmpty: String { isEmpty ? "." : self }
}
