import CLineBreak
import Foundation

/// What `SearchFold.version` is made of. Bump `revision` whenever the
/// folding code changes behaviour.
enum FoldVersion {
    static let revision = "fold-2"
    static let openCCDictionaries = ["t2s.json", "TSPhrases.ocd2", "TSCharacters.ocd2"]
        .map { "/usr/share/opencc/" + $0 }

    static let current: String = {
        var icu = [CChar](repeating: 0, count: 32)
        yuedu_icu_version(&icu)
        let dictionaries = openCCDictionaries.map { path -> String in
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "missing" }
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(size)@\(Int64(modified))"
        }
        let icuVersion = String(decoding: icu.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return ([revision, "icu " + icuVersion] + dictionaries).joined(separator: ";")
    }()
}
