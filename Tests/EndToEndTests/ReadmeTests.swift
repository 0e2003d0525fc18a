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
}
