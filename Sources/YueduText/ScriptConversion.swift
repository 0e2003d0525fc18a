/// A display conversion between Chinese scripts: one of OpenCC's own
/// configurations (`/usr/share/opencc/<name>.json`), or `none`.
///
/// `reverse` is the configuration OpenCC ships for the other direction, so
/// the reader's cycle none → configured → reverse also reads articles written
/// in the other script: s2t↔t2s, s2tw↔tw2s, s2twp↔tw2sp, s2hk↔hk2s,
/// t2tw↔tw2t, t2hk↔hk2t. The nine are accepted in the configuration;
/// the four reverses (tw2s, hk2s, tw2t, hk2t) too, as OpenCC has them.
public enum ScriptConversion: String, CaseIterable, Hashable, Sendable, Codable {
    case none
    case s2t, t2s
    case s2tw, tw2s
    case s2twp, tw2sp
    case s2hk, hk2s
    case t2tw, tw2t
    case t2hk, hk2t

    /// From a configuration or command-line name ("s2twp"; "s2twp.json" too).
    public init?(name: String) {
        var name = name.lowercased()
        if name.hasSuffix(".json") { name.removeLast(5) }
        self.init(rawValue: name)
    }

    /// Parses `name`, or throws an error that lists the valid names.
    public static func parse(_ name: String) throws(ScriptConversionError) -> ScriptConversion {
        guard let conversion = ScriptConversion(name: name) else { throw .unknownName(name) }
        return conversion
    }

    /// The names accepted, in the order they are listed to the user.
    public static var names: [String] { allCases.map(\.rawValue) }

    public var reverse: ScriptConversion {
        switch self {
        case .none: .none
        case .s2t: .t2s
        case .t2s: .s2t
        case .s2tw: .tw2s
        case .tw2s: .s2tw
        case .s2twp: .tw2sp
        case .tw2sp: .s2twp
        case .s2hk: .hk2s
        case .hk2s: .s2hk
        case .t2tw: .tw2t
        case .tw2t: .t2tw
        case .t2hk: .hk2t
        case .hk2t: .t2hk
        }
    }

    /// What the reader's key shows next: none → `configured` → its reverse → none.
    public static func next(after current: ScriptConversion, configured: ScriptConversion) -> ScriptConversion {
        guard configured != .none else { return .none }
        switch current {
        case .none: return configured
        case configured: return configured.reverse
        default: return .none
        }
    }

    /// OpenCC's configuration file; nil for `none`.
    public var configurationPath: String? {
        self == .none ? nil : "/usr/share/opencc/\(rawValue).json"
    }

    /// A few characters for the status line: "简→繁台", "繁→简".
    public var label: String {
        switch self {
        case .none: "原文"
        case .s2t: "简→繁"
        case .t2s: "繁→简"
        case .s2tw: "简→繁台"
        case .tw2s: "繁台→简"
        case .s2twp: "简→繁台(词)"
        case .tw2sp: "繁台→简(词)"
        case .s2hk: "简→繁港"
        case .hk2s: "繁港→简"
        case .t2tw: "繁→繁台"
        case .tw2t: "繁台→繁"
        case .t2hk: "繁→繁港"
        case .hk2t: "繁港→繁"
        }
    }

    /// One line for help and error messages.
    public var summary: String {
        switch self {
        case .none: "no conversion"
        case .s2t: "Simplified to Traditional (OpenCC standard)"
        case .t2s: "Traditional to Simplified"
        case .s2tw: "Simplified to Traditional, Taiwan characters"
        case .tw2s: "Traditional (Taiwan) to Simplified"
        case .s2twp: "Simplified to Traditional, Taiwan characters and phrases (软件 → 軟體)"
        case .tw2sp: "Traditional (Taiwan) to Simplified, mainland phrases (軟體 → 软件)"
        case .s2hk: "Simplified to Traditional, Hong Kong characters"
        case .hk2s: "Traditional (Hong Kong) to Simplified"
        case .t2tw: "Traditional to Taiwan characters"
        case .tw2t: "Taiwan characters to Traditional (OpenCC standard)"
        case .t2hk: "Traditional to Hong Kong characters"
        case .hk2t: "Hong Kong characters to Traditional (OpenCC standard)"
        }
    }
}

public enum ScriptConversionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownName(String)
    /// OpenCC could not open the configuration: the file and OpenCC's reason.
    case unavailable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownName(let name):
            "unknown conversion \"\(name)\"; valid: " + ScriptConversion.names.joined(separator: ", ")
        case .unavailable(let path, let reason):
            "cannot open OpenCC configuration \(path): \(reason) (install libopencc-data)"
        }
    }
}
