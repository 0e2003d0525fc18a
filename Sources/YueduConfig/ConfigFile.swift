import YueduCore

/// Reads a configuration file's text into Preferences. A syntax error keeps
/// every default; a bad setting (unknown name, wrong type, a key taken
/// twice) keeps that setting's default. Either way each problem is returned
/// with file and line, for the status line, and the reader still starts.
public enum ConfigFile {
    public struct Loaded: Hashable, Sendable {
        public var preferences: Preferences
        public var problems: [ConfigProblem]
        public init(preferences: Preferences, problems: [ConfigProblem]) { self.preferences = preferences; self.problems = problems }
    }

    public static func parse(_ text: String, file: String) -> Loaded {
        let entries: [TOMLEntry]
        switch TOMLSubset.parse(text) {
        case .failure(let error):
            return Loaded(preferences: .standard,
                          problems: [ConfigProblem(file: file, line: error.line, message: error.message + "; using the defaults")])
        case .success(let parsed): entries = parsed
        }
        var reader = Reader(file: file)
        for entry in entries { reader.apply(entry) }
        reader.applyKeyBindings()
        return Loaded(preferences: reader.preferences, problems: reader.problems)
    }

    private struct Reader {
        let file: String
        var preferences = Preferences()
        var problems: [ConfigProblem] = []
        var bindings: [(command: Command, keys: [Key], line: Int)] = []

        init(file: String) { self.file = file }

        mutating func problem(_ line: Int, _ message: String) {
            problems.append(ConfigProblem(file: file, line: line, message: message))
        }

        mutating func apply(_ e: TOMLEntry) {
            switch (e.table, e.key) {
            case ("", "theme"):
                if let v: ThemeName = choice(e) { preferences.theme = v }
            case ("", "mark_read"):
                if let v: MarkReadPolicy = choice(e) { preferences.markRead = v }
            case ("", "first_line_indent"):
                if let v = boolean(e) { preferences.firstLineIndent = v }
            case ("", "ascii_punctuation"):
                if let v = boolean(e) { preferences.asciiPunctuation = v }
            case ("", "convert"):
                preferences.conversion = choice(e) ?? preferences.conversion  // ScriptConversion's names
            case ("", "mouse"):
                if let v = boolean(e) { preferences.mouse = v }
            case ("layout", "list_width"):
                if let v = percent(e) { preferences.layout.listPercent = v }
            case ("layout", "related_size"):
                if let v = percent(e) { preferences.layout.relatedPercent = v }
            case ("layout", "related"):
                if let v: RelatedPlacement = choice(e) { preferences.layout.related = v }
            case ("keys", let name):
                guard let command = Command(configName: name) else {
                    problem(e.line, "unknown action \"\(name)\" in [keys] (see `yuedu config --print-default` for the names)")
                    return
                }
                if let keys = keys(e) { bindings.append((command, keys, e.line)) }
            case ("", _), ("layout", _):
                problem(e.line, "unknown setting \"\(e.table.isEmpty ? "" : e.table + ".")\(e.key)\"")
            default:
                problem(e.line, "unknown table [\(e.table)] (known: [layout], [keys])")
            }
        }

        mutating func choice<T: RawRepresentable & CaseIterable>(_ e: TOMLEntry) -> T? where T.RawValue == String {
            let names = T.allCases.map(\.rawValue)
            guard case .string(let text) = e.value, let value = T(rawValue: text) else {
                problem(e.line, "\(e.key) must be one of \(names.map { "\"\($0)\"" }.joined(separator: ", ")), not \(describe(e.value))")
                return nil
            }
            return value
        }

        mutating func boolean(_ e: TOMLEntry) -> Bool? {
            guard case .boolean(let value) = e.value else {
                problem(e.line, "\(e.key) must be true or false, not \(describe(e.value))")
                return nil
            }
            return value
        }

        mutating func percent(_ e: TOMLEntry) -> Int? {
            let range = LayoutPreferences.percentRange
            guard case .integer(let value) = e.value, range.contains(value) else {
                problem(e.line, "\(e.key) must be a percentage from \(range.lowerBound) to \(range.upperBound), not \(describe(e.value))")
                return nil
            }
            return value
        }

        mutating func keys(_ e: TOMLEntry) -> [Key]? {
            let names: [String]
            switch e.value {
            case .string(let name): names = [name]
            case .array(let items):
                var strings: [String] = []
                for item in items {
                    guard case .string(let name) = item else {
                        problem(e.line, "\(e.key) must list key names as strings, not \(item.kindName)")
                        return nil
                    }
                    strings.append(name)
                }
                names = strings
            default:
                problem(e.line, "\(e.key) must be a key name or a list of them, like \"j\" or [\"j\", \"Down\"], not \(describe(e.value))")
                return nil
            }
            var keys: [Key] = []
            for name in names {
                guard let key = Key(configName: name) else {
                    problem(e.line, "\(e.key): unknown key \"\(name)\" (a character, or Up Down Left Right PgUp PgDn Home End Enter Tab S-Tab Esc BS Del Space ^X F1–F12)")
                    return nil
                }
                if !keys.contains(key) { keys.append(key) }
            }
            return keys
        }

        func describe(_ value: TOMLValue) -> String {
            switch value {
            case .string(let s): return "\"\(s)\""
            case .integer(let n): return String(n)
            case .boolean(let b): return String(b)
            case .array: return "an array"
            }
        }

        /// Rebinds after the whole file is read, so swapping two keys
        /// (`move_down = "k"`, `move_up = "j"`) is no conflict.
        mutating func applyKeyBindings() {
            let result = preferences.keyMap.rebinding(bindings.map { ($0.command, $0.keys) })
            for conflict in result.conflicts {
                problem(bindings[conflict.request].line, conflict.message)
            }
            preferences.keyMap = result.keyMap
        }
    }
}
