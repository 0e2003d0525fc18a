import Foundation
import Testing
import YueduTestSupport

/// The fuzzing seeds and every input a fuzzing run found crashing
/// (Fuzz/corpus, Fuzz/regressions) replayed through the same fuzz targets in
/// the normal debug build: each must pass every invariant the targets check.
@Suite struct FaultFuzzCorpusTests {
    static let targets = ["page", "jsonl", "encoding", "text", "html", "feed"]

    static func inputs(_ target: String) -> [String] {
        let root = BuiltProducts.repositoryRoot.appendingPathComponent("Fuzz")
        return ["corpus", "regressions"].flatMap { kind -> [String] in
            let dir = root.appendingPathComponent(kind).appendingPathComponent(target).path
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            return names.sorted().map { dir + "/" + $0 }
        }
    }

    @Test(arguments: targets)
    func every_seed_and_every_past_crash_passes_the_fuzz_target(target: String) throws {
        let files = Self.inputs(target)
        #expect(files.count >= 2, "seed corpus for \(target)")
        let binary = BuiltProducts.directory.appendingPathComponent("yuedu-fuzz").path
        let result = try Spawn.run([binary, target] + files, environment: ["LC_ALL": "C.UTF-8"])
        #expect(result.status == 0, "\(result.stderr.suffix(2000))")
        #expect(result.stdout.components(separatedBy: ": ok\n").count - 1 == files.count)
    }
}
