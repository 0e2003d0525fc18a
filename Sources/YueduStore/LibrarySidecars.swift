import Foundation

/// The `-wal` and `-shm` files SQLite creates beside a WAL library. Even a
/// read-only look at a refused file (damaged, foreign, newer) creates them,
/// and a read-only connection cannot remove them: a refused file must get
/// nothing left beside it, so the ones this open created go again.
struct LibrarySidecars {
    private let wal: String
    private let shm: String
    private let walExisted: Bool
    private let shmExisted: Bool

    /// Notes which of them exist before the library is opened.
    init(beside path: String) {
        wal = path + "-wal"
        shm = path + "-shm"
        walExisted = FileManager.default.fileExists(atPath: wal)
        shmExisted = FileManager.default.fileExists(atPath: shm)
    }

    /// Removes those created since `init`, once no connection holds them. A
    /// `-wal` with frames in it is kept (with its `-shm`): it may hold
    /// committed pages.
    func removeCreated() {
        let fm = FileManager.default
        if !walExisted, fm.fileExists(atPath: wal) {
            guard ((try? fm.attributesOfItem(atPath: wal)[.size] as? Int) ?? 1) == 0 else { return }
            try? fm.removeItem(atPath: wal)
        }
        if !shmExisted, !fm.fileExists(atPath: wal) { try? fm.removeItem(atPath: shm) }
    }
}
