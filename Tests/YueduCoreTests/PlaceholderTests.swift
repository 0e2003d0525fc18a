// Replaced by the module's real tests.
import Testing
@Test func YueduCoreTests_module_links() { #expect(Bool(true)) }
