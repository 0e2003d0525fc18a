import Testing
import YueduCharset

/// The real pages in ../shared/corpus/html were saved as UTF-8, some still
/// declaring gb2312: each must decode as UTF-8, byte for byte.
@Suite("Real pages")
struct CorpusTests {
    @Test func every_corpus_page_decodes_as_utf8() throws {
        let pages = try Corpus.pages()
        #expect(pages.count >= 36)
        for name in pages {
            let bytes = try Corpus.bytes(name)
            let decoded = try CharsetDecoder.decodeHTML(bytes)
            #expect(decoded.encoding == "UTF-8", "\(name): \(decoded.encoding) by \(decoded.decidedBy)")
            #expect(decoded.replacedBytes == 0, "\(name)")
            let controls = bytes.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }.count
            #expect(decoded.removedControls == controls, "\(name)")
            if controls == 0 { #expect(Array(decoded.text.utf8) == (bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes), "\(name)") }
        }
    }

    @Test func the_qq_page_is_utf8_bytes_that_declare_gb2312() throws {
        let bytes = try Corpus.bytes("mozilla/qq/source.html")
        #expect(HTMLCharsetPrescan.declaredCharset(in: bytes)?.lowercased() == "gb2312")
        let decoded = try CharsetDecoder.decodeHTML(bytes)
        #expect(decoded.decidedBy == .validUTF8)
        #expect(decoded.notes.contains { $0.contains("gb2312") })
        #expect(decoded.text.contains("腾讯"))
    }
}
