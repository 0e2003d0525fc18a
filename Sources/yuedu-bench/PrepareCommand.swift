import ArgumentParser
import YueduImport
import YueduModel
import YueduStore
import YueduText
#if canImport(Glibc)
import Glibc
#endif

/// `yuedu-bench prepare`: the CPU side of `yuedu import` alone (reading,
/// parsing, and preparing articles as the import does, in batches of its
/// size), without a library, so that side can be timed and profiled apart
/// from SQLite.
struct PrepareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prepare",
        abstract: "Time reading, parsing and preparing import input without a library.",
        discussion: """
            Prints wall and CPU seconds (all threads) of reading + parsing and of preparing \
            (hash, title keys, body, search fold). With --digest, also a digest of every \
            article, everything prepared from it and every failure message: equal digests \
            mean bit-identical results.
            """
    )

    @Option(help: "A JSON Lines or page file, or a directory.") var input: [String]
    @Option(help: "Articles per prepared batch (the import's).") var batch: Int = 2000
    @Flag(help: "Print a digest of everything read and prepared.") var digest = false

    func run() throws {
        var articles: [Article] = []
        var failures = 0, count = 0
        var failureDigest = FNV1a(continuing: 0)  // seeded 0, not the offset basis: digests stay comparable
        var digestValue = FNV1a.offsetBasis
        var prepareWall = 0.0, prepareCPU = 0.0
        let startWall = Clock.now, startCPU = Self.processCPU
        func prepare() {
            guard !articles.isEmpty else { return }
            let wall = Clock.now, cpu = Self.processCPU
            let prepared = PreparedBatch(articles)
            prepareWall += Clock.now - wall
            prepareCPU += Self.processCPU - cpu
            if digest { digestValue = prepared.digest(continuing: digestValue) }
            count += articles.count
            articles.removeAll(keepingCapacity: true)
        }
        try Importer().read(paths: input) { item in
            switch item {
            case .article(let article, _):
                articles.append(article)
                if articles.count >= batch { prepare() }
            case .failure(let failure):
                failures += 1
                failureDigest.add(failure.description.utf8)
            }
        }
        prepare()
        let wall = Clock.now - startWall, cpu = Self.processCPU - startCPU
        print("articles: \(count), failures: \(failures)")
        print("read+parse: wall \(Format.seconds(wall - prepareWall)), cpu \(Format.seconds(cpu - prepareCPU))")
        print("prepare:    wall \(Format.seconds(prepareWall)), cpu \(Format.seconds(prepareCPU))")
        print("total:      wall \(Format.seconds(wall)), cpu \(Format.seconds(cpu))")
        if digest { print("digest: \(String(digestValue, radix: 16)) \(String(failureDigest.value, radix: 16))") }
    }

    /// User + system CPU seconds of every thread of this process.
    private static var processCPU: Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
