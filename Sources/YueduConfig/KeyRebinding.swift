import YueduCore

extension KeyMap {
    /// A key the file gave to two actions in the same place, or took from a
    /// default binding. `request` indexes the rebinding that met it.
    public struct Conflict: Hashable, Sendable {
        public var request: Int
        public var message: String
    }

    /// Gives each command new keys: the command's first binding (the one in
    /// the panes) takes exactly these keys; overlays keep their own. A key
    /// another rebinding already took in an overlapping place stays with the
    /// earlier one; a key a default binding had moves to the new command.
    /// Both are reported.
    public func rebinding(_ requests: [(command: Command, keys: [Key])]) -> (keyMap: KeyMap, conflicts: [Conflict]) {
        var map = self
        var conflicts: [Conflict] = []
        var rebound: [Int: Int] = [:]  // binding index → request index
        for (r, request) in requests.enumerated() {
            guard let b = map.bindings.firstIndex(where: { $0.command == request.command }) else { continue }
            // The hint names the key (`q quit`): name the new one.
            if map.bindings[b].keys != request.keys, let hint = map.bindings[b].hint, let space = hint.firstIndex(of: " ") {
                map.bindings[b].hint = request.keys.first.map { $0.label + hint[space...] }
            }
            map.bindings[b].keys = request.keys
            rebound[b] = r
        }
        for (r, request) in requests.enumerated() {
            guard let b = map.bindings.firstIndex(where: { $0.command == request.command }), rebound[b] == r else { continue }
            for key in request.keys {
                for other in map.bindings.indices where other != b
                    && map.bindings[other].command != request.command
                    && !map.bindings[other].contexts.isDisjoint(with: map.bindings[b].contexts)
                    && map.bindings[other].keys.contains(key) {
                    let otherName = map.bindings[other].command.configName
                    if let earlier = rebound[other] {
                        guard earlier < r else { continue }  // the later one reports it
                        map.bindings[b].keys.removeAll { $0 == key }
                        conflicts.append(Conflict(request: r, message:
                            "\"\(key.configName)\" is already bound to \(otherName); \(request.command.configName) does not get it"))
                    } else {
                        map.bindings[other].keys.removeAll { $0 == key }
                        conflicts.append(Conflict(request: r, message:
                            "\"\(key.configName)\" was the key of \(otherName), which no longer has it; now it is \(request.command.configName)"))
                    }
                }
            }
        }
        return (map, conflicts)
    }

    /// Keys that do two things in one place: empty for a consistent table.
    public var ambiguousKeys: [(key: Key, context: KeyContext)] {
        var out: [(key: Key, context: KeyContext)] = []
        for context in KeyContext.allCases {
            var seen: [Key: Command] = [:]
            for binding in bindings(in: context) {
                for key in binding.keys {
                    if let command = seen[key], command != binding.command { out.append((key, context)) }
                    seen[key] = seen[key] ?? binding.command
                }
            }
        }
        return out
    }
}
