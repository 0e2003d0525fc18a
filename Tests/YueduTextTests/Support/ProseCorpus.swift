import Foundation
import YueduTestSupport
import YueduText

/// Real CJK prose from Debian packages (installed by .ci/run): fortunes-zh,
/// debian-reference-zh-cn, debian-reference-ja, debian-faq-ko.
struct ProseCorpus: Sendable {
    let name: String
    let locale: String
    let indent: Bool
    let paragraphs: [String]

    static func all(samplesPerCorpus: Int) throws -> [ProseCorpus] {
        [
            try corpus("fortunes-zh", locale: "zh", indent: true, samples: samplesPerCorpus, text: fortunes()),
            try corpus("debian-reference-zh-cn", locale: "zh", indent: true, samples: samplesPerCorpus,
                       text: gunzip("/usr/share/debian-reference/debian-reference.zh-cn.txt.gz")),
            try corpus("debian-reference-ja", locale: "ja@lb=strict", indent: true, samples: samplesPerCorpus,
                       text: gunzip("/usr/share/debian-reference/debian-reference.ja.txt.gz")),
            try corpus("debian-faq-ko", locale: "ko", indent: false, samples: samplesPerCorpus,
                       text: gunzip("/usr/share/doc/debian/FAQ/debian-faq.ko.txt.gz")),
        ]
    }

    struct Missing: Error, CustomStringConvertible {
        let what: String
        var description: String { "corpus missing: \(what) (install fortunes-zh, debian-reference-zh-cn, -ja, debian-faq-ko)" }
    }

    /// An even sample of the paragraphs that contain CJK text, so the test
    /// covers each whole document in bounded time.
    private static func corpus(_ name: String, locale: String, indent: Bool, samples: Int, text: String) throws -> ProseCorpus {
        let all = LineWrapper.paragraphs(of: text).filter { paragraph in
            paragraph.unicodeScalars.contains { $0.value >= 0x3000 }
        }
        guard !all.isEmpty else { throw Missing(what: name) }
        let step = max(all.count / samples, 1)
        let sample = stride(from: 0, to: all.count, by: step).map { all[$0] }
        return ProseCorpus(name: name, locale: locale, indent: indent, paragraphs: sample)
    }

    private static func fortunes() throws -> String {
        let directory = "/usr/share/games/fortunes"
        var text = ""
        for file in ["chinese", "tang300", "song100"] {
            guard let content = try? String(contentsOfFile: "\(directory)/\(file)", encoding: .utf8) else {
                throw Missing(what: "\(directory)/\(file)")
            }
            // Fortunes are separated by lines holding only "%".
            text += content.replacingOccurrences(of: "\n%\n", with: "\n\n")
        }
        return text
    }

    private static func gunzip(_ path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw Missing(what: path) }
        let result = try Spawn.run(["/bin/gzip", "-dc", path])
        guard result.status == 0 else { throw Missing(what: "\(path) (gzip: \(result.stderr))") }
        return result.stdout
    }
}
