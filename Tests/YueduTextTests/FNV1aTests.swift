import Testing
import YueduText

/// Keys, content hashes and import digests are stored and compared across
/// versions: FNV-1a must give exactly the published values.
@Suite struct FNV1aTests {
    @Test func fnv1a_64_matches_the_published_test_values() {
        #expect(FNV1a.hash("".utf8) == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a.hash("a".utf8) == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a.hash("foobar".utf8) == 0x8594_4171_f739_67e8)
    }

    @Test func contiguous_and_non_contiguous_bytes_hash_alike() {
        let text = String(repeating: "ＡＢ教", count: 1000)
        #expect(FNV1a.hash(text.utf8) == FNV1a.hash(AnySequence(text.utf8)))
        var split = FNV1a()
        split.add("foo".utf8); split.add("bar".utf8)
        #expect(split.value == FNV1a.hash("foobar".utf8))
    }

    @Test func length_prefixed_fields_hash_as_their_length_then_their_bytes() {
        for text in ["", "a", "教育\u{1E}發展", "e\u{301}👨‍👩‍👧", String(repeating: "ＡＢ教", count: 1000)] {
            var hasher = FNV1a()
            hasher.addLengthPrefixed(text)
            #expect(hasher.value == Self.reference([text]), "\(text.debugDescription)")
        }
        var hasher = FNV1a()
        hasher.addLengthPrefixed("站"); hasher.addLengthPrefixed("题")
        #expect(hasher.value == Self.reference(["站", "题"]))
    }

    /// An independent byte-at-a-time FNV-1a 64 of each text's 8-byte
    /// little-endian length, then its bytes.
    static func reference(_ texts: [String]) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for text in texts {
            let bytes = Array(text.utf8)
            var length = UInt64(bytes.count)
            var all: [UInt8] = []
            for _ in 0..<8 { all.append(UInt8(truncatingIfNeeded: length)); length >>= 8 }
            for byte in all + bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        return value
    }
}
