import Foundation
import Testing
@testable import YueduImport

@Suite("JSON parser")
struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { try JSONParser.parse(UnsafeBufferPointer($0)) }
    }

    func syntaxError(_ text: String) -> JSONParser.SyntaxError? {
        do { _ = try parse(text); return nil } catch { return error as? JSONParser.SyntaxError }
    }

    @Test func values_of_every_kind_parse() throws {
        let value = try parse(#" {"a": [1, -2.5e3, 0, true, false, null], "b": {"c": "d"}, "e": []} "#)
        #expect(value == .object([
            ("a", .array([.number(1), .number(-2500), .number(0), .bool(true), .bool(false), .null])),
            ("b", .object([("c", .string("d"))])),
            ("e", .array([])),
        ]))
    }

    @Test func escapes_and_surrogate_pairs_decode_like_foundation() throws {
        let text = #"["a\"b\\c\/d\b\f\n\r\t", "\u4e2d\u6587", "\ud83d\ude00", "中文直接", "\u0041"]"#
        let ours = try parse(text)
        let theirs = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String]
        #expect(ours == .array(theirs.map { .string($0) }))
    }

    @Test func a_lone_surrogate_becomes_a_replacement_character() throws {
        #expect(try parse(#"["\ud800x"]"#) == .array([.string("\u{FFFD}x")]))
    }

    @Test func duplicate_names_let_the_last_win() throws {
        #expect(try parse(#"{"a": 1, "a": 2}"#)["a"] == .number(2))
    }

    @Test func malformed_input_is_rejected_with_a_column() {
        let cases = [
            #"{"a": 1,}"#, #"{"a" 1}"#, #"[1 2]"#, #"{"a": tru}"#, #"{"a": 01}"#, #"{"a": 1."#, #"{"a": -}"#,
            #"{"a": "x"#, "{\"a\": \"tab\there\"}", #"{"a": "\x"}"#, #"{"a": "\u12"}"#, #"{} {}"#, "", #"{'a': 1}"#,
        ]
        for text in cases {
            let error = syntaxError(text)
            #expect(error != nil, "accepted \(text)")
            if let error { #expect(error.column >= 1 && error.column <= text.utf8.count + 1) }
        }
    }

    @Test func the_column_points_at_the_offending_byte() {
        #expect(syntaxError(#"{"a": 1 "b": 2}"#) == JSONParser.SyntaxError(column: 9, message: "expected ',' or '}', found '\"'"))
    }

    @Test func deep_nesting_is_refused_instead_of_overflowing_the_stack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(syntaxError(deep)?.message.contains("nested") == true)
    }
}
