import Foundation
import Testing
import YueduText
import YueduTestSupport

/// Every conversion equals Debian's `opencc` command byte for byte, on real
/// prose and on OpenCC's own test cases.
@Suite struct ScriptConversionOracleTests {
    static let conversions = ScriptConversion.allCases.filter { $0 != .none }

    /// Real prose for a configuration: the Chinese, Japanese and Korean
    /// corpora as they are, and for a configuration that reads Traditional
    /// text, the Simplified corpora made Traditional by the command itself
    /// (no Traditional prose is packaged here).
    static func prose(for conversion: ScriptConversion) throws -> [(name: String, paragraphs: [String])] {
        let corpora = try ProseCorpus.all(samplesPerCorpus: 1500)
        var inputs = corpora.map { (name: $0.name, paragraphs: $0.paragraphs) }
        let source: String? = switch conversion {
        case .t2s, .t2tw, .t2hk: "s2t"
        case .tw2s, .tw2sp, .tw2t: "s2twp"
        case .hk2s, .hk2t: "s2hk"
        default: nil
        }
        if let source {
            for corpus in corpora where corpus.locale == "zh" {
                let traditional = try OpenCCCommand.convert(corpus.paragraphs.joined(separator: "\n"), configuration: source)
                inputs.append((name: "\(corpus.name) via \(source)",
                               paragraphs: traditional.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
            }
        }
        return inputs
    }

    @Test(arguments: conversions)
    func every_paragraph_of_real_prose_converts_as_the_opencc_command_does(_ conversion: ScriptConversion) throws {
        var changedSomething = false
        for corpus in try Self.prose(for: conversion) {
            let joined = corpus.paragraphs.joined(separator: "\n")
            let expected = try OpenCCCommand.convert(joined, configuration: conversion.rawValue)
            let ours = try corpus.paragraphs.map { try ScriptConverter.convert($0, conversion) }.joined(separator: "\n")
            #expect(Array(ours.utf8) == Array(expected.utf8), "\(conversion) on \(corpus.name)")
            changedSomething = changedSomething || expected != joined
            let whole = try ScriptConverter.convertWithOffsets(joined, conversion)
            #expect(whole.text == expected, "\(conversion) on \(corpus.name) in one piece")
            #expect(whole.offsets.originalCount == joined.count && whole.offsets.convertedCount == expected.count)
        }
        #expect(changedSomething, "\(conversion) changed nothing: the comparison proves little")
    }

    struct Case: Decodable, CustomTestStringConvertible {
        let id: String
        let input: String
        let expected: [String: String]
        /// What Debian's OpenCC 1.1.5 dictionaries give where they are older
        /// than the repository's answer.
        let debian: [String: String]?
        var testDescription: String { id }
    }

    /// OpenCC's test cases (test/testcases/testcases.json in its repository;
    /// Debian ships none), copied by hand into the fixture.
    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/opencc-testcases.jsonl")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }()

    @Test func the_fixture_covers_every_conversion() {
        #expect(Self.cases.count >= 50)
        let covered = Set(Self.cases.flatMap { $0.expected.keys })
        #expect(covered == Set(Self.conversions.map(\.rawValue)))
    }

    @Test(arguments: cases)
    func openccs_own_test_case_converts_to_its_answer_and_to_the_commands(_ testCase: Case) throws {
        for (name, answer) in testCase.expected.sorted(by: { $0.key < $1.key }) {
            let conversion = try #require(ScriptConversion(name: name))
            let ours = try ScriptConverter.convert(testCase.input, conversion)
            #expect(ours == (testCase.debian?[name] ?? answer), "\(testCase.id) \(name)")
            #expect(ours == (try OpenCCCommand.convert(testCase.input, configuration: name)), "\(testCase.id) \(name)")
        }
    }
}
