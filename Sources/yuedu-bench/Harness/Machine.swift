import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The machine a benchmark ran on, printed above its table.
enum Machine {
    static var description: String {
        let cpus = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        let model = field("model name", in: "/proc/cpuinfo") ?? "unknown CPU"
        let memory = field("MemTotal", in: "/proc/meminfo").flatMap { Int($0.split(separator: " ").first ?? "") }
        let ram = memory.map { Format.fixed(Double($0) / 1_048_576, 1) + " GiB RAM" } ?? "RAM unknown"
        var name = utsname()
        uname(&name)
        let kernel = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return "\(cpus) CPUs (\(model)), \(ram), Linux \(kernel)"
    }

    /// `key : value` from a /proc file.
    static func field(_ key: String, in path: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(key) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Drops the page cache so the next launch reads from disk; false when
    /// not permitted (not root, or in a container that forbids it).
    static func dropCaches() -> Bool {
        sync()
        guard let file = fopen("/proc/sys/vm/drop_caches", "w") else { return false }
        defer { fclose(file) }
        return fputs("3\n", file) >= 0 && fflush(file) == 0
    }

    /// A process's peak resident set (VmHWM) in bytes.
    static func peakRSS(pid: Int32) -> Int? {
        field("VmHWM", in: "/proc/\(pid)/status").flatMap { Int($0.split(separator: " ").first ?? "") }.map { $0 * 1024 }
    }
}
