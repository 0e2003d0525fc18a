// swift-tools-version:6.1
import PackageDescription

// Module graph (see README "Architecture"): Text depends on nothing of ours,
// Model only on Text (its string primitives); Charset on nothing of ours;
// Store, Import and Core on Text and Model, Store also on the SearchIndex it
// drives, Import on Charset; Config and UI on Core; Terminal is the only
// module that imports ncurses, Fetch the only one that talks HTTP; App wires
// Store, Core, UI and Terminal into the running reader; `yuedu` is the
// command line.
let package = Package(
    name: "yuedu",
    products: [
        .executable(name: "yuedu", targets: ["yuedu"]),
        .executable(name: "yuedu-bench", targets: ["yuedu-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // C shims over system libraries.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "CLineBreak", linkerSettings: [.linkedLibrary("icuuc")]),
        .target(name: "COpenCC", linkerSettings: [.linkedLibrary("opencc")]),
        .systemLibrary(name: "CUchardet", path: "Sources/CUchardet"),
        .systemLibrary(name: "CZstd", path: "Sources/CZstd"),

        // Pure modules.
        .target(name: "YueduModel", dependencies: ["YueduText"]),
        .target(name: "YueduText", dependencies: ["CLineBreak", "COpenCC"]),
        // Bytes to text for page files, HTML and feeds (issue 13).
        .target(name: "YueduCharset", dependencies: ["CUchardet"]),
        .target(name: "YueduCore", dependencies: ["YueduModel", "YueduText"]),
        .target(name: "YueduConfig", dependencies: ["YueduCore"]),
        .target(name: "YueduUI", dependencies: ["YueduCore", "YueduModel", "YueduText"]),

        // Edges that touch the world.
        .target(name: "YueduSearchIndex", dependencies: ["YueduText", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "YueduStore", dependencies: [
            "YueduModel", "YueduText", "YueduSearchIndex", "CZstd", .product(name: "GRDB", package: "GRDB.swift"),
            // sqlite3_progress_handler, which GRDB does not wrap: a cancelled search stops mid-statement.
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        .target(name: "YueduImport", dependencies: ["YueduCharset", "YueduModel", "YueduText"]),
        .target(name: "YueduTerminal", dependencies: ["CNcursesw", "YueduUI", "YueduCore"]),
        .target(name: "YueduApp", dependencies: [
            "YueduCore", "YueduUI", "YueduStore", "YueduImport", "YueduTerminal", "YueduModel", "YueduText",
            "YueduConfig",
        ]),
        .executableTarget(name: "yuedu", dependencies: [
            "YueduApp", "YueduCore", "YueduStore", "YueduImport", "YueduText", "YueduModel", "YueduConfig",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "yuedu-bench", dependencies: [
            "YueduStore", "YueduImport", "YueduText", "YueduModel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "YueduTextTests", dependencies: ["YueduText", "YueduModel"],
                    exclude: ["Fixtures"]),  // read via #filePath, not bundled
        .testTarget(name: "YueduStoreTests", dependencies: ["YueduStore", "YueduSearchIndex", "YueduModel"]),
        .testTarget(name: "YueduSearchIndexTests", dependencies: ["YueduSearchIndex"]),
        .testTarget(name: "YueduImportTests", dependencies: ["YueduImport", "YueduCharset", "YueduModel", "YueduText"],
                    exclude: ["Fixtures"]),  // read via #filePath, not bundled
        .testTarget(name: "YueduCharsetTests", dependencies: ["YueduCharset"]),
        .testTarget(name: "YueduCoreTests", dependencies: ["YueduCore", "YueduModel"]),
        .testTarget(name: "YueduConfigTests", dependencies: ["YueduConfig", "YueduCore", "YueduModel"]),
        .testTarget(name: "YueduUITests", dependencies: ["YueduUI", "YueduCore", "YueduModel", "YueduText"]),
        .testTarget(name: "YueduBenchTests", dependencies: [
            "yuedu-bench", "YueduImport", "YueduModel", "YueduApp", "YueduStore",
        ]),
        .testTarget(name: "YueduAppTests", dependencies: [
            "YueduApp", "YueduCore", "YueduStore", "YueduConfig", "YueduTerminal", "YueduUI", "YueduModel",
        ]),
        .testTarget(name: "EndToEndTests", dependencies: ["YueduText", "YueduStore", "YueduModel"]),
    ],
    swiftLanguageModes: [.v6]
)

// Web pages in (issue 13): HTML files through the importer, fetched pages
// through the app (`WebPageImport`), both on the command line.
for target in package.targets {
    switch target.name {
    case "YueduImport", "YueduImportTests": target.dependencies.append("YueduHTML")
    case "YueduApp", "yuedu", "YueduAppTests": target.dependencies += ["YueduHTML", "YueduFetch", "YueduCharset"]
    default: break
    }
}

// Fault and fuzz work (issue 7), kept apart so it reads as one addition.
// The fault tests read the library behind the store's back (integrity_check,
// raw rows, a newer schema's migration row), so they use GRDB directly.
for target in package.targets where target.name == "EndToEndTests" {
    target.dependencies.append(.product(name: "GRDB", package: "GRDB.swift"))
}
// Fuzz targets for libFuzzer (scripts/fuzz.sh, `make fuzz`); a plain build
// gives a tool that replays inputs, which a test runs over Fuzz/.
package.targets.append(.executableTarget(name: "yuedu-fuzz", dependencies: ["YueduImport", "YueduCharset", "YueduText", "YueduFeeds", "YueduModel"]))

// Fetching (issue 13): libcurl behind YueduFetch, the one module that talks
// HTTP; the loopback fixture server lives in the test support target.
package.targets.append(contentsOf: [
    .systemLibrary(name: "CCurl", path: "Sources/CCurl"),
    .target(name: "YueduFetch", dependencies: ["CCurl", "YueduModel"]),
    .testTarget(name: "YueduFetchTests", dependencies: ["YueduFetch", "YueduModel"]),
])

// Web pages in (issue 13): libxml2's HTML parser behind a pure extractor.
package.targets.append(contentsOf: [
    .target(name: "CLibXML2"),  // headers only: include/libxml links to the system's (LibXML2Library)
    .target(name: "YueduHTML", dependencies: ["CLibXML2", "YueduModel", "YueduText"]),
    .testTarget(name: "YueduHTMLTests", dependencies: ["YueduHTML", "YueduModel", "yuedu-bench"]),
])
for target in package.targets where target.name == "yuedu-bench" {
    target.dependencies.append("YueduHTML")
}

// Feeds (issue 16): the pure parser (RSS, RDF, Atom, JSON Feed) over the
// XML decoder and the web pages' HTML-to-text code; `yuedu feed preview`.
package.targets.append(contentsOf: [
    .target(name: "YueduFeeds", dependencies: ["CLibXML2", "YueduCharset", "YueduHTML", "YueduModel", "YueduText"]),
    .testTarget(name: "YueduFeedsTests", dependencies: ["YueduFeeds", "YueduCharset", "YueduModel"],
                exclude: ["Fixtures"]),  // read via #filePath, not bundled
])
for target in package.targets where ["YueduApp", "yuedu", "YueduAppTests"].contains(target.name) {
    target.dependencies.append("YueduFeeds")
}

// One trimmer and one line splitter (issue 12): the fetcher's header
// parser, the charset labels and the configuration reader use YueduText's
// rather than copies of their own.
for target in package.targets where ["YueduFetch", "YueduCharset", "YueduConfig"].contains(target.name) {
    target.dependencies.append("YueduText")
}

// Startup (issue 14): libcurl, libxml2 and uchardet are opened with dlopen
// on first use (YueduLazyLibrary), so `yuedu` starts without the fifty
// libraries they pull in; their C targets give headers only, link nothing.
package.targets.append(.target(name: "YueduLazyLibrary"))
for target in package.targets where ["YueduFetch", "YueduHTML", "YueduCharset"].contains(target.name) {
    target.dependencies.append("YueduLazyLibrary")
}
package.targets.append(.testTarget(name: "YueduLazyLibraryTests", dependencies: ["YueduLazyLibrary"]))
// Release builds link the Swift runtime and Foundation statically, as
// `--static-swift-stdlib` would: no libswiftCore, libFoundation* and their
// ICU data to load and relocate at every start. Every module is compiled
// against the static resource directory too, whose modules name all the
// archives Foundation needs (CoreFoundation, _FoundationICU…) for the link.
// Debug builds, the tests and the fuzzer keep the shared ones.
for target in package.targets where [.regular, .executable].contains(target.type) {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
    // lld, the toolchain's own linker: GNU ld and gold print glibc's
    // link-time warning for mktemp, which FoundationEssentials' atomic
    // writes call (safely: O_CREAT|O_EXCL, retried, as mkstemp does) and
    // which every Foundation file API reaches, so no change of ours can
    // drop the reference; lld does not print glibc's notes.
    if target.type == .executable {
        target.linkerSettings = (target.linkerSettings ?? [])
            + [.unsafeFlags(["-static-stdlib", "-use-ld=lld"], .when(configuration: .release))]
    }
}

// Test support (issue 12): spawning, tmux, temporary libraries, seeded
// randomness and the loopback HTTP fixture server: one home shared by every
// test target and the bench, never linked into `yuedu`. Last, so the loop
// sees every test target.
package.targets.append(.target(name: "YueduTestSupport", exclude: ["fixture_http_server.py", "tls"]))  // found via #filePath
for target in package.targets where target.type == .test || target.name == "yuedu-bench" {
    target.dependencies.append("YueduTestSupport")
}


