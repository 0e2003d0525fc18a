import YueduStore

/// Issue 5's search figures, timed in-process on the benchmark library: a
/// `yuedu search` per query would time process start-up, not the search.
struct SearchFigures {
    struct QueryClass {
        var name: String
        var samples: Samples
        /// Results per query (at most the limit), to show the spread of frequencies.
        var hits: [Int]
    }

    var classes: [QueryClass] = []
    var rebuildSeconds: Double?

    /// Each class: several queries of that kind, from frequent to absent, so
    /// a figure is not one lucky term. Document shares are for the corpus
    /// (seed 1): 网 90%, 茶 0%; 发展 nearly every article, 螺钿 under 1%.
    static let queryClasses: [(name: String, queries: [String])] = [
        ("1 character", ["网", "城", "教", "龙", "雪", "锦", "瓷", "茶"]),
        ("2 characters", ["发展", "教育", "地铁", "芯片", "养老", "古琴", "昆曲", "螺钿"]),
        ("3 characters", ["高质量", "博物馆", "图书馆", "新能源", "城中村", "北斗导", "皮影戏", "茶马道"]),
        ("6 characters", ["高质量发展的", "非物质文化遗", "老旧小区改造", "社会消费品零", "城乡教育一体", "量子通信网络"]),
        ("rare term", ["螺钿", "木版年画", "龙泉青瓷"]),
        ("common term", ["发展", "高质量", "有关部门"]),
    ]

    static let limit = 50

    static var metrics: [Metric] {
        (queryClasses.map(\.name) + AdversarialQueries.classNames).map { name in
            Metric("search \(name) (median / p95)", target: "< 30 ms / < 100 ms",
                   show: { r in r.search?.classes.first { $0.name == name }.flatMap { Metrics.pair($0.samples, 95) } },
                   meets: { r in
                       r.search?.classes.first { $0.name == name }.flatMap { c in
                           guard let median = c.samples.median, let p95 = c.samples.percentile(95) else { return nil }
                           return median < 0.030 && p95 < 0.100
                       }
                   })
        } + [
            Metric("index rebuild (search)", show: { $0.search?.rebuildSeconds.map(Format.seconds) }),
        ]
    }
}

struct SearchBench {
    let library: String
    let repetitions: Int
    let rebuild: Bool
    let log: (String) -> Void

    func run() throws -> SearchFigures {
        let store = try LibraryStore.open(path: library)
        var figures = SearchFigures()
        for spec in SearchFigures.queryClasses {
            figures.classes.append(try timed(spec.name, spec.queries, store))
        }
        let start = Clock.now
        let adversarial = try AdversarialQueries(store)
        log("    adversarial queries: \(adversarial.articles) articles folded and scanned in \(Format.seconds(Clock.now - start))")
        for spec in adversarial.classes {
            for query in spec.queries { try check(query, expected: adversarial.expected[query] ?? [], store) }
            log("    \(spec.name): every count matches the scan: "
                + spec.queries.map { "\($0) \(adversarial.expected[$0]?.count ?? 0)" }.joined(separator: ", "))
            figures.classes.append(try timed(spec.name, spec.queries, store))
        }
        if rebuild {
            let start = Clock.now
            try store.rebuildDerivedData()
            figures.rebuildSeconds = Clock.now - start
            log("    index rebuild: \(Format.seconds(figures.rebuildSeconds ?? 0))")
        }
        return figures
    }

    /// Times each query (first 50 results), after one untimed warm-up.
    private func timed(_ name: String, _ queries: [String], _ store: LibraryStore) throws -> SearchFigures.QueryClass {
        var samples = Samples(), cpu = Samples()
        var hits: [Int] = []
        for query in queries {
            hits.append(try store.search(query, limit: SearchFigures.limit).count)
            for _ in 0..<repetitions {
                let start = Clock.now, startCPU = Clock.threadCPU
                _ = try store.search(query, limit: SearchFigures.limit)
                samples.add(Clock.now - start)
                cpu.add(Clock.threadCPU - startCPU)
            }
        }
        log("    search \(name): median \(Format.milliseconds(samples.median ?? 0)), "
            + "p95 \(Format.milliseconds(samples.percentile(95) ?? 0)) (CPU \(Format.milliseconds(cpu.median ?? 0)) / "
            + "\(Format.milliseconds(cpu.percentile(95) ?? 0))); "
            + "hits \(zip(queries, hits).map { "\($0) \($1)" }.joined(separator: ", "))")
        return .init(name: name, samples: samples, hits: hits)
    }

    /// Fails the benchmark unless the search finds exactly the articles a
    /// brute-force scan found.
    private func check(_ query: String, expected: Set<String>, _ store: LibraryStore) throws {
        let found = try store.search(query, limit: expected.count + 1).map(\.summary.key)
        guard Set(found) == expected, found.count == expected.count else {
            throw BenchError("search \"\(query)\" found \(found.count) articles where a scan of the folded library "
                             + "finds \(expected.count) (\(expected.subtracting(found).count) missing, "
                             + "\(Set(found).subtracting(expected).count) not matching)")
        }
    }
}
