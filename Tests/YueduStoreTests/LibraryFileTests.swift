import Foundation
import YueduTestSupport
import GRDB
import Testing
import YueduModel
@testable import YueduStore

@Suite struct LibraryFileTests {
    @Test func a_new_library_gets_a_private_directory_and_file() throws {
        let scratch = try TemporaryDirectory(prefix: "yuedu-store"); defer { scratch.remove() }
        let root = scratch.url
        let location = LibraryLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": root.path])
        #expect(location.path == root.path + "/yuedu/library.sqlite")
        let store = try LibraryStore.open(location)
        _ = try store.upsert([makeArticle("k")], importedAt: 1)
        let fm = FileManager.default
        let dirMode = try fm.attributesOfItem(atPath: root.path + "/yuedu")[.posixPermissions] as? Int
        let fileMode = try fm.attributesOfItem(atPath: location.path)[.posixPermissions] as? Int
        #expect(dirMode == 0o700)
        #expect(fileMode == 0o600)
    }

    @Test func the_flag_wins_over_the_environment_which_wins_over_xdg() {
        let env = ["YUEDU_LIBRARY": "/env/lib.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/u"]
        #expect(LibraryLocation.resolve(explicit: "/flag.sqlite", environment: env).path == "/flag.sqlite")
        #expect(LibraryLocation.resolve(explicit: nil, environment: env).path == "/env/lib.sqlite")
        #expect(LibraryLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/xdg"]).path
                == "/xdg/yuedu/library.sqlite")
        #expect(LibraryLocation.resolve(explicit: nil, environment: ["HOME": "/home/u"]).path
                == "/home/u/.local/share/yuedu/library.sqlite")
    }

    @Test func a_directory_or_a_missing_parent_is_refused_with_its_name() throws {
        let scratch = try TemporaryDirectory(prefix: "yuedu-store"); defer { scratch.remove() }
        let root = scratch.url
        #expect(throws: LibraryError.isDirectory(path: root.path)) {
            try LibraryStore.open(LibraryLocation(path: root.path, isExplicit: true))
        }
        let missing = root.path + "/nope/lib.sqlite"
        #expect(throws: LibraryError.missingDirectory(path: missing, directory: root.path + "/nope")) {
            try LibraryStore.open(LibraryLocation(path: missing, isExplicit: true))
        }
    }

    @Test func a_file_that_is_not_sqlite_is_refused_and_left_untouched() throws {
        let scratch = try TemporaryDirectory(prefix: "yuedu-store"); defer { scratch.remove() }
        let root = scratch.url
        let path = root.path + "/notes.txt"
        let content = Data("这不是数据库 — just some notes\n".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        #expect(throws: LibraryError.notALibrary(path: path)) {
            try LibraryStore.open(LibraryLocation(path: path, isExplicit: true))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test func another_programs_database_is_refused_and_left_untouched() throws {
        let scratch = try TemporaryDirectory(prefix: "yuedu-store"); defer { scratch.remove() }
        let root = scratch.url
        let path = root.path + "/other.sqlite"
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE notes (t TEXT)") }
        #expect(throws: LibraryError.foreignDatabase(path: path)) {
            try LibraryStore.open(LibraryLocation(path: path, isExplicit: true))
        }
        let tables = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        #expect(tables == ["notes"])
    }

    @Test func a_library_from_a_newer_yuedu_is_refused_and_never_touched() throws {
        // Given a library that a newer yuedu migrated further
        let scratch = try TemporaryDirectory(prefix: "yuedu-store"); defer { scratch.remove() }
        let root = scratch.url
        let path = root.path + "/library.sqlite"
        _ = try LibraryStore.open(LibraryLocation(path: path, isExplicit: true)).upsert([makeArticle("k")], importedAt: 1)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('99-from-the-future')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // When this yuedu opens it, then it refuses, naming the unknown schema
        #expect(throws: LibraryError.newerSchema(path: path, unknown: ["99-from-the-future"])) {
            try LibraryStore.open(LibraryLocation(path: path, isExplicit: true))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func a_read_only_library_is_refused_in_plain_words() throws {
        guard getuid() != 0 else { return }  // root writes through permissions
        let scratch = try TemporaryDirectory(prefix: "yuedu-store"); defer { scratch.remove() }
        let root = scratch.url
        let path = root.path + "/library.sqlite"
        _ = try LibraryStore.open(LibraryLocation(path: path, isExplicit: true))
        chmod(path, 0o400)
        #expect(throws: LibraryError.readOnly(path: path)) {
            try LibraryStore.open(LibraryLocation(path: path, isExplicit: true))
        }
    }

    @Test func error_messages_name_the_file() {
        #expect(LibraryError.notALibrary(path: "/x/y.sqlite").description.hasPrefix("/x/y.sqlite: "))
        #expect(LibraryError.newerSchema(path: "/x/y", unknown: ["9"]).description.contains("newer version of yuedu"))
    }
}
