import Testing
import YueduModel
@testable import YueduStore

@Suite struct ReaderStateTests {
    @Test func exported_states_list_only_articles_with_a_mark() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("a"), makeArticle("b"), makeArticle("c")], importedAt: 1)
        try store.setFavorite(key: "a", true, at: 5)
        try store.savePosition(key: "c", ReadingPosition(paragraph: 1, character: 2))
        try store.setRead(key: "b", true, at: 6)
        try store.setRead(key: "b", false)
        #expect(try store.readerStates() == [
            ReaderState(key: "a", favoriteAt: 5),
            ReaderState(key: "c", position: ReadingPosition(paragraph: 1, character: 2)),
        ])
    }

    @Test func merging_never_drops_a_favourite_or_read_mark() throws {
        // Given a library where "a" is a favourite and "b" is read
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("a"), makeArticle("b")], importedAt: 1)
        try store.setFavorite(key: "a", true, at: 50)
        try store.setRead(key: "b", true, at: 60)
        // When states without those marks (and one earlier favourite) are merged
        try store.mergeReaderStates([
            ReaderState(key: "a", readAt: 70, favoriteAt: nil),
            ReaderState(key: "b", favoriteAt: 40, position: ReadingPosition(paragraph: 3, character: 1)),
        ])
        // Then every mark from either side is set
        #expect(try store.readerState(key: "a") == ReaderState(key: "a", readAt: 70, favoriteAt: 50))
        #expect(try store.readerState(key: "b") == ReaderState(key: "b", readAt: 60, favoriteAt: 40,
                                                               position: ReadingPosition(paragraph: 3, character: 1)))
    }

    @Test func states_for_articles_not_yet_imported_apply_when_they_arrive() throws {
        let store = try LibraryStore.inMemory()
        try store.mergeReaderStates([ReaderState(key: "later", favoriteAt: 9)])
        #expect(try store.counts().favorites == 0)
        _ = try store.upsert([makeArticle("later")], importedAt: 1)
        #expect(try store.counts().favorites == 1)
        #expect(try #require(try store.detail(key: "later")).state.favoriteAt == 9)
    }

    @Test func favouriting_twice_keeps_the_first_time() throws {
        let store = try LibraryStore.inMemory()
        try store.setFavorite(key: "a", true, at: 1)
        try store.setFavorite(key: "a", true, at: 2)
        #expect(try store.readerState(key: "a").favoriteAt == 1)
    }
}
