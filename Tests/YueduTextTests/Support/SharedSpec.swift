import Foundation

/// The shared spec files live beside the repository clone:
/// <repo>/../shared/spec/.
enum SharedSpec {
    static var directory: URL {
        URL(fileURLWithPath: #filePath)          // <repo>/Tests/YueduTextTests/Support/SharedSpec.swift
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()         // <repo>
            .deletingLastPathComponent()         // parent of the clone
            .appendingPathComponent("shared/spec")
    }

    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "missing \(path): the tests read the shared spec from <repo>/../shared/spec" }
    }

    static func vectors() throws -> TextVectors {
        let url = directory.appendingPathComponent("text-vectors.json")
        guard let data = FileManager.default.contents(atPath: url.path) else { throw Missing(path: url.path) }
        return try JSONDecoder().decode(TextVectors.self, from: data)
    }
}

struct TextVectors: Decodable, Sendable {
    struct Wrap: Decodable, Sendable {
        let label: String
        let input: String
        let cols: Int
        let lang: String
        let hanging: Bool
        let korean_keep_all: Bool
        let expected: [String]
        let expected_widths: [Int]
    }
    struct Truncate: Decodable, Sendable { let input: String; let cols: Int; let expected: String }
    struct ListRow: Decodable, Sendable { let title: String; let date: String; let cols: Int; let expected: String }
    struct Fold: Decodable, Sendable { let input: String; let expected: String }
    struct Sanitize: Decodable, Sendable { let input: String; let expected: String; let width: Int }
    struct Width: Decodable, Sendable {
        let name: String
        let input_codepoints: String
        let sanitized_codepoints: String
        let width: Int
        let graphemes: Int

        static func string(_ codepoints: String) -> String {
            var scalars = String.UnicodeScalarView()
            for hex in codepoints.split(separator: " ") { scalars.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!) }
            return String(scalars)
        }
    }

    let wrap: [Wrap]
    let truncate: [Truncate]
    let list_row: [ListRow]
    let fold: [Fold]
    let sanitize: [Sanitize]
    let widths: [Width]
}

