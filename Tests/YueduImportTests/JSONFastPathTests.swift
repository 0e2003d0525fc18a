import Testing
import YueduCharset
import YueduModel
@testable import YueduImport
import YueduTestSupport

/// `JSONParser.parseIfValidUTF8` skips the separate UTF-8 pass over each
/// line; it must accept exactly the lines that pass that check and parse,
/// with the same value, or a line in another encoding would be misread.
@Suite struct JSONFastPathTests {
    static let seeds: [[UInt8]] = [
        #"{"id":1,"title":"南京市85个项目 总投资525亿元","body":["据介绍，“加强”。","第二段"],"related":[]}"#,
        #"{"a":"esc\"aped\\ and \u4e2d\ud83d\ude00 \ud800 tail","b":[true,false,null,-1.5e3],"c":{}}"#,
        #"{"k":"😀👍🏽e\u0301ＡＢ 發展","long":"0123456789abcdefghij0123456789\"quote at 31"}"#,
    ].map { Array($0.utf8) }

    static func reference(_ line: [UInt8]) -> JSONValue? {
        line.withUnsafeBufferPointer { buffer in
            UTF8Validator.firstProblem(buffer) == nil ? try? JSONParser.parse(buffer) : nil
        }
    }

    static func fast(_ line: [UInt8]) -> JSONValue? {
        line.withUnsafeBufferPointer { JSONParser.parseIfValidUTF8($0) }
    }

    @Test func agrees_with_validating_first_on_mutated_lines() {
        var random = SplitMix64(seed: 3)
        // Bytes that break UTF-8 or JSON: stray continuations, truncated and
        // overlong leads, surrogates, bytes above F4, quotes, backslashes.
        let breakers: [[UInt8]] = [[0x80], [0xBF], [0xC0, 0x80], [0xC2], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                   [0xF0, 0x9F, 0x98], [0xFF], [0xE0, 0x80, 0x80], [0x22], [0x5C], [0x01], [0x0A], [0xE4, 0xB8, 0xAD]]
        var accepted = 0
        for seed in Self.seeds {
            #expect(Self.fast(seed) != nil && Self.fast(seed) == Self.reference(seed))
            for _ in 0..<3000 {
                var line = seed
                for _ in 0..<Int.random(in: 1...2, using: &random) {
                    let at = Int.random(in: 0...line.count, using: &random)
                    if Bool.random(using: &random), at < line.count {
                        line.remove(at: at)
                    } else {
                        line.insert(contentsOf: breakers.randomElement(using: &random)!, at: at)
                    }
                }
                let fast = Self.fast(line), reference = Self.reference(line)
                if fast != nil { accepted += 1 }
                if fast != reference { Issue.record("differs on \(line)") }
            }
        }
        #expect(accepted > 500)
    }

    /// The word-at-a-time skip must stop for a quote, backslash or control
    /// byte at any position of a word, next to any other byte.
    @Test func plain_run_skipping_stops_at_every_special_byte_in_every_position() {
        for special: UInt8 in [0x22, 0x5C, 0x00, 0x01, 0x1F] {
            for filler: [UInt8] in [[0x61], [0x20], [0x21], [0x23], [0x5B], [0x5D], [0x7F], [0xE4, 0xB8, 0xAD], [0xC2, 0xA0]] {
                for position in 0..<20 {
                    var body: [UInt8] = []
                    while body.count < position { body += filler }
                    // A backslash starts the escape \n; the others must end the parse.
                    let line = [0x22] + body + (special == 0x5C ? [0x5C, 0x6E] : [special]) + Array(#"x""#.utf8)
                    let expected: JSONValue? = special == 0x5C ? .string(String(decoding: body + [0x0A, 0x78], as: UTF8.self)) : nil
                    #expect(Self.fast(line) == expected)
                    #expect(Self.reference(line) == expected)
                    let closed = Self.fast([0x22] + body + [0x22])
                    #expect(closed == .string(String(decoding: body, as: UTF8.self)))
                }
            }
        }
    }
}
