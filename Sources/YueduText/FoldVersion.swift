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
        // stat, not FileManager.attributesOfItem, which also looks the owner
        // up in /etc/passwd and /etc/group: this runs at every start.
        let dictionaries = openCCDictionaries.map { path -> String in
            var info = stat()
            guard stat(path, &info) == 0 else { return "missing" }
            return "\(Int64(info.st_size))@\(Int64(info.st_mtim.tv_sec))"
        }
        let icuVersion = String(decoding: icu.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return ([revision, "icu " + icuVersion] + dictionaries).joined(separator: ";")
    }()
}
