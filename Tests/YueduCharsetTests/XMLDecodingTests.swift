import Testing
@testable import YueduCharset

/// CharsetDecoder.decodeXML: the HTML order with the XML declaration in the <meta>'s place.
@Suite struct XMLDecodingTests {
    static let gbkZhongwen: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4]  // 中文 in GBK
    static func xml(_ declaration: String, _ body: [UInt8]) -> [UInt8] { Array(declaration.utf8) + Array("<r>".utf8) + body + Array("</r>".utf8) }

    @Test func theDeclarationDecides() throws {
        let decoded = try CharsetDecoder.decodeXML(Self.xml("<?xml version=\"1.0\" encoding=\"gbk\"?>", Self.gbkZhongwen))
        #expect(decoded.text.hasSuffix("<r>中文</r>") && decoded.decidedBy == .xmlDeclaration && decoded.encoding == "GB18030")
    }

    @Test func singleQuotesSpacesAndLeadingWhitespace() throws {
        let decoded = try CharsetDecoder.decodeXML(Self.xml("\n <?xml version='1.0' encoding = 'GB2312' ?>", Self.gbkZhongwen))
        #expect(decoded.decidedBy == .xmlDeclaration && decoded.text.contains("中文"))
    }

    @Test func theHTTPCharsetComesFirst() throws {
        let decoded = try CharsetDecoder.decodeXML(Self.xml("<?xml version=\"1.0\" encoding=\"big5\"?>", Self.gbkZhongwen), httpCharset: "gbk")
        #expect(decoded.decidedBy == .httpCharset && decoded.text.contains("中文"))
    }

    @Test func validUTF8OverrulesALegacyDeclarationWithANote() throws {
        let decoded = try CharsetDecoder.decodeXML(Self.xml("<?xml version=\"1.0\" encoding=\"gb2312\"?>", Array("中文".utf8)))
        #expect(decoded.decidedBy == .validUTF8 && decoded.text.contains("中文"))
        #expect(decoded.notes == ["the feed declares gb2312, but its bytes are valid UTF-8"])
    }

    @Test func anEncodingAttributeOutsideTheDeclarationIsNotOne() {
        let read = { (s: String) in Array(s.utf8).withUnsafeBufferPointer { XMLDeclaration.encoding(in: $0) } }
        #expect(read("<?xml version=\"1.0\"?><r encoding=\"big5\"/>") == nil)
        #expect(read("<r/><?xml version=\"1.0\" encoding=\"big5\"?>") == nil)
        #expect(read("<?xml version=\"1.0\" encoding=\"big5\"?>") == "big5")
    }
}
