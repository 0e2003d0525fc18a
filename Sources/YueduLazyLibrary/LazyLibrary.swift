#if canImport(Glibc)
import Glibc
#endif

/// A shared library opened with dlopen the first time it is needed, not by
/// the dynamic loader at start: libcurl and libxml2 pull in some fifty
/// libraries (TLS, LDAP, Kerberos, HTTP/2, SSH, ICU), and loading and
/// relocating them cost the reader ~20 ms before its first screen even when
/// it fetches nothing (README "Startup"). Each library's wrapper
/// (`CurlLibrary`, `LibXML2Library`, `UchardetLibrary`) opens it once, in a
/// `static let` (so once per process, thread-safe), resolves the functions
/// it calls into typed C function pointers, and never closes it.
package struct LazyLibrary: @unchecked Sendable {  // a handle dlclose is never called on
    /// What people call it ("libcurl"), for error messages.
    package let name: String
    private let handle: UnsafeMutableRawPointer

    /// Opens the first of `sonames` that loads (the versioned names the
    /// -dev package's link would have recorded, e.g. "libcurl.so.4").
    package init(name: String, sonames: [String]) throws(LazyLibraryError) {
        var reasons: [String] = []
        for soname in sonames {
            // NOW: a missing symbol fails here, not halfway through a call; LOCAL: its symbols stay ours.
            if let handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL) {
                self.name = name
                self.handle = handle
                return
            }
            reasons.append(dlerror().map { String(cString: $0) } ?? soname + ": not found")
        }
        throw LazyLibraryError(library: name, detail: "cannot load " + sonames.joined(separator: " or ") + ": "
                               + reasons.joined(separator: "; "))
    }

    /// The address `symbol` names: a function, or a global variable's storage.
    package func address(of symbol: String) throws(LazyLibraryError) -> UnsafeMutableRawPointer {
        _ = dlerror()  // clears an earlier error, so the one read below is this lookup's
        guard let address = dlsym(handle, symbol) else {
            throw LazyLibraryError(library: name, detail: "\(symbol) is missing: "
                                   + (dlerror().map { String(cString: $0) } ?? "no such symbol"))
        }
        return address
    }

    /// The function `symbol` as the C function-pointer type `F`, which the
    /// caller takes from the library's header (`typeof`) so it cannot drift
    /// from the declaration.
    package func function<F>(_ symbol: String, as type: F.Type = F.self) throws(LazyLibraryError) -> F {
        precondition(MemoryLayout<F>.size == MemoryLayout<UnsafeMutableRawPointer>.size, "\(F.self) is not a C function pointer")
        return unsafeBitCast(try address(of: symbol), to: F.self)
    }
}

/// A library or one of its functions that could not be loaded: says which,
/// and what the dynamic loader said.
package struct LazyLibraryError: Error, CustomStringConvertible, Equatable {
    package let library: String
    package let detail: String

    package init(library: String, detail: String) {
        self.library = library
        self.detail = detail
    }

    package var description: String { "\(library) is not available (\(detail)); install it (scripts/install-deps.sh)" }

    /// For libraries whose callers cannot fail (an HTML parse, a charset
    /// hint): before lazy loading the dynamic loader refused to start the
    /// program without them; now the program stops with the same news at
    /// the first use instead.
    package func exit() -> Never {
        let line = Array("yuedu: \(description)\n".utf8)
        _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        Glibc.exit(127)  // the shell's "command could not run" status, as ld.so gives
    }
}
