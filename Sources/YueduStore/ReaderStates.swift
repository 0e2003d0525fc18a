import Foundation
import GRDB
import YueduModel

extension LibraryStore {
    /// Seconds since 1970, the unit of every time the store keeps.
    public static func now() -> Int64 { Int64(Date().timeIntervalSince1970) }

    static func readerState(_ db: Database, key: String) throws -> ReaderState? {
        try Row.fetchOne(db, sql: """
            SELECT key, read_at, favorite_at, position_paragraph, position_character FROM reader_state WHERE key = ?
            """, arguments: [key]).map(Self.readerState)
    }

    private static func readerState(_ row: Row) -> ReaderState {
        let paragraph: Int? = row[3], character: Int? = row[4]
        return ReaderState(key: row[0], readAt: row[1], favoriteAt: row[2],
                           position: paragraph.map { ReadingPosition(paragraph: $0, character: character ?? 0) })
    }

    /// Marks or unmarks a favourite; marking again keeps the first time.
    public func setFavorite(key: String, _ favorite: Bool, at time: Int64 = LibraryStore.now()) throws {
        try setStamp(column: "favorite_at", key: key, on: favorite, at: time)
    }

    /// Marks read or unread; marking again keeps the first time.
    public func setRead(key: String, _ read: Bool, at time: Int64 = LibraryStore.now()) throws {
        try setStamp(column: "read_at", key: key, on: read, at: time)
    }

    public func savePosition(key: String, _ position: ReadingPosition) throws {
        try writing { db in
            try db.execute(sql: """
                INSERT INTO reader_state (key, position_paragraph, position_character) VALUES (?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET position_paragraph = excluded.position_paragraph,
                    position_character = excluded.position_character
                """, arguments: [key, position.paragraph, position.character])
        }
    }

    public func readerState(key: String) throws -> ReaderState {
        try reading { db in try Self.readerState(db, key: key) ?? ReaderState(key: key) }
    }

    /// Every article's state that says something (read, favourite or a
    /// position), by key; for `export-state`.
    public func readerStates() throws -> [ReaderState] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT key, read_at, favorite_at, position_paragraph, position_character FROM reader_state
                WHERE read_at IS NOT NULL OR favorite_at IS NOT NULL OR position_paragraph IS NOT NULL
                ORDER BY key
                """).map(Self.readerState)
        }
    }

    /// Merges exported states into the library, for `import-state`. A mark
    /// set on either side stays set (the earlier time wins), so merging never
    /// drops a favourite or a read mark; an incoming position replaces the
    /// stored one. Keys not in the library yet are kept for when they arrive.
    public func mergeReaderStates(_ states: [ReaderState]) throws {
        try writing { db in
            let merge = try db.makeStatement(sql: """
                INSERT INTO reader_state (key, read_at, favorite_at, position_paragraph, position_character)
                VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT(key) DO UPDATE SET
                    read_at = CASE WHEN read_at IS NULL THEN excluded.read_at
                                   WHEN excluded.read_at IS NULL THEN read_at
                                   ELSE min(read_at, excluded.read_at) END,
                    favorite_at = CASE WHEN favorite_at IS NULL THEN excluded.favorite_at
                                       WHEN excluded.favorite_at IS NULL THEN favorite_at
                                       ELSE min(favorite_at, excluded.favorite_at) END,
                    position_paragraph = coalesce(excluded.position_paragraph, position_paragraph),
                    position_character = CASE WHEN excluded.position_paragraph IS NULL THEN position_character
                                              ELSE excluded.position_character END
                """)
            for state in states {
                try merge.execute(arguments: [state.key, state.readAt, state.favoriteAt,
                                              state.position?.paragraph, state.position?.character])
            }
        }
    }

    /// A value the reader saved between sessions (open view, search history…).
    public func sessionValue(_ name: String) throws -> Data? {
        try reading { db in try Data.fetchOne(db, sql: "SELECT value FROM session WHERE name = ?", arguments: [name]) }
    }

    /// Saves a session value; nil removes it.
    public func setSessionValue(_ value: Data?, for name: String) throws {
        try writing { db in
            if let value {
                try db.execute(sql: "INSERT OR REPLACE INTO session (name, value) VALUES (?, ?)", arguments: [name, value])
            } else {
                try db.execute(sql: "DELETE FROM session WHERE name = ?", arguments: [name])
            }
        }
    }

    private func setStamp(column: String, key: String, on: Bool, at time: Int64) throws {
        try writing { db in
            if on {
                try db.execute(sql: """
                    INSERT INTO reader_state (key, \(column)) VALUES (?, ?)
                    ON CONFLICT(key) DO UPDATE SET \(column) = coalesce(\(column), excluded.\(column))
                    """, arguments: [key, time])
            } else {
                try db.execute(sql: "UPDATE reader_state SET \(column) = NULL WHERE key = ?", arguments: [key])
            }
        }
    }
}
