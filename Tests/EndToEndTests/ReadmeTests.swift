import Foundation
import Testing

@Suite struct ReadmeTests {
    @Test func the_readme_key_table_is_what_yuedu_keys_prints() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let printed = try cli.run(["keys"], library: false)
        #expect(printed.status == 0)
        let readme = try String(contentsOf: BuiltProducts.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let embedded = readme.components(separatedBy: "<!-- keys:begin -->\n").last?
            .components(separatedBy: "<!-- keys:end -->").first
        #expect(embedded == printed.stdout, "README's key table is stale: paste the output of `yuedu keys` between the markers")
    }

    @Test func the_readme_architecture_table_names_exactly_the_targets_of_package_swift() throws {
        let root = BuiltProducts.repositoryRoot
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let targets = Set(manifest.matches(of: /\.(?:target|executableTarget|systemLibrary)\(name: "([^"]+)"/).map { String($0.1) })
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## Architecture\n").last?.components(separatedBy: "\n## ").first)
        // Every `name` in a row's first cell, which may name two.
        let firstCells = section.matches(of: /(?m)^\| ([^|]+) \|/).map { String($0.1) }
        let named = Set(firstCells.flatMap { $0.matches(of: /`([^`]+)`/).map { String($0.1) } })
        #expect(targets.count > 10, "Package.swift was not read: \(targets)")
        #expect(targets.subtracting(named).isEmpty, "targets missing from the README's architecture table")
        #expect(named.subtracting(targets).isEmpty, "the README's architecture table names modules Package.swift lacks")
    }
}
