import Foundation
import Synchronization
import Testing
import YueduApp

@Suite struct FetchPoolTests {
    /// Jobs in flight, overall and per host, and the most seen at once.
    final class Census: Sendable {
        private let state = Mutex<(now: [String: Int], most: [String: Int], total: Int, mostTotal: Int)>(([:], [:], 0, 0))
        func enter(_ host: String) {
            state.withLock {
                $0.now[host, default: 0] += 1; $0.total += 1
                $0.most[host] = max($0.most[host] ?? 0, $0.now[host]!); $0.mostTotal = max($0.mostTotal, $0.total)
            }
        }
        func leave(_ host: String) { state.withLock { $0.now[host, default: 0] -= 1; $0.total -= 1 } }
        var most: (perHost: [String: Int], total: Int) { state.withLock { ($0.most, $0.mostTotal) } }
    }

    @Test func jobs_run_four_at_once_at_most_two_per_host_and_come_back_in_input_order() {
        let urls = (0..<12).map { URL(string: "http://\($0 < 8 ? "busy" : "quiet\($0)").example/\($0)")! }
        let census = Census()
        var seen: [Int] = []
        FetchPool.run(urls, job: { url in
            census.enter(url.host!)
            usleep(40_000)
            census.leave(url.host!)
            return url.lastPathComponent
        }, each: { index, result in
            #expect(result == "\(index)")
            seen.append(index)
        })
        #expect(seen == Array(0..<12))
        let most = census.most
        #expect(most.perHost["busy.example"] == 2)
        #expect(most.total > 2 && most.total <= 4, "\(most)")
    }

    @Test func when_the_caller_stops_no_further_job_starts() {
        let urls = (0..<20).map { URL(string: "http://h\($0).example/")! }
        let started = Atomic<Int>(0)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try FetchPool.run(urls, width: 2, job: { _ in
                started.add(1, ordering: .relaxed)
                usleep(20_000)
                return 0
            }, each: { index, _ in if index == 1 { throw Stop() } })
        }
        #expect(started.load(ordering: .relaxed) < 8)
    }

    @Test func in_batches_a_slow_job_does_not_hold_up_the_results_after_it() {
        let urls = (0..<6).map { URL(string: "http://h\($0).example/\($0)")! }
        var seen: [Int] = []
        FetchPool.runInBatches(urls, width: 6, most: 32, indexedJob: { _, url in
            usleep(url.lastPathComponent == "0" ? 300_000 : 20_000)
            return url.lastPathComponent
        }, eachBatch: { batch in
            for (index, result) in batch {
                #expect(result == "\(index)")
                seen.append(index)
            }
        })
        #expect(seen.last == 0, "\(seen)")
        #expect(Set(seen) == Set(0..<6))
    }

    @Test func in_batches_a_busy_caller_gets_what_finished_meanwhile_and_each_result_once() {
        // Given 40 quick jobs and a caller that takes 30 ms over each batch
        let urls = (0..<40).map { URL(string: "http://h\($0 % 8).example/\($0)")! }
        var seen: [Int] = []
        var sizes: [Int] = []
        FetchPool.runInBatches(urls, width: 8, perHost: 2, most: 6, indexedJob: { index, url in
            usleep(2_000)
            return (index, url.lastPathComponent)
        }, eachBatch: { batch in
            for (index, result) in batch {
                #expect(result.0 == index && result.1 == "\(index)")
                seen.append(index)
            }
            sizes.append(batch.count)
            usleep(30_000)
        })
        // Then every result came exactly once, no batch was over the cap, and
        // batches grew while the caller was busy
        #expect(seen.sorted() == Array(0..<40))
        #expect(sizes.allSatisfy { $0 >= 1 && $0 <= 6 }, "\(sizes)")
        #expect(sizes.contains(6), "\(sizes)")
        #expect(sizes.count < 40, "\(sizes)")
    }

    @Test func in_batches_a_result_that_arrives_alone_is_handed_over_alone() {
        // Given jobs that finish 40 ms apart, one at a time, and a quick caller
        let urls = (0..<4).map { URL(string: "http://one.example/\($0)")! }
        var sizes: [Int] = []
        FetchPool.runInBatches(urls, width: 1, perHost: 1, most: 32, indexedJob: { _, _ in
            usleep(40_000)
            return 0
        }, eachBatch: { batch in sizes.append(batch.count) })
        // Then no result waited for company
        #expect(sizes == [1, 1, 1, 1])
    }

    @Test func in_batches_workers_wait_for_a_slow_caller_instead_of_piling_up_results() {
        // Given 30 quick jobs, batches of at most 2, and a caller that takes 20 ms over each
        let urls = (0..<30).map { URL(string: "http://h\($0).example/\($0)")! }
        let started = Atomic<Int>(0)
        var handed = 0
        var mostAhead = 0
        FetchPool.runInBatches(urls, width: 4, perHost: 2, most: 2, indexedJob: { index, _ in
            started.add(1, ordering: .relaxed)
            usleep(1_000)
            return index
        }, eachBatch: { batch in
            mostAhead = max(mostAhead, started.load(ordering: .relaxed) - handed)
            handed += batch.count
            usleep(20_000)
        })
        // Then no more jobs ran ahead of it than the batch it holds, fewer
        // than two batches waiting when the last job started, and one per
        // worker (without the bound, nearly all 30 ran during its first wait)
        #expect(handed == 30)
        let most = 2, width = 4
        #expect(mostAhead <= most + (2 * most - 1) + width, "\(mostAhead)")
    }
}
