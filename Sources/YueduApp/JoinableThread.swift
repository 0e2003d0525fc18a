#if canImport(Glibc)
import Glibc
#endif

/// A thread that can be joined. Foundation's `Thread` cannot be, and its
/// closure (with everything it captures) is released only as the thread
/// dies, racing whoever waits for it: an import could return while the
/// writer thread still held the library open, so the process exited
/// without SQLite's closing checkpoint. `join` returns once the body and
/// everything it captured are gone.
final class JoinableThread {
    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    private var thread = pthread_t()
    private var joined = false

    init(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        let status = pthread_create(&thread, nil, { context in
            // Taken as retained: the body is released before the thread ends.
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        precondition(status == 0, "pthread_create failed: \(status)")
    }

    func join() {
        guard !joined else { return }
        joined = true
        pthread_join(thread, nil)
    }

    deinit { join() }
}
