import Testing
@testable import YueduCore

@Suite struct LayoutPreferencesTests {
    @Test(arguments: [(80, 24), (120, 40), (140, 40), (200, 50), (60, 20), (10, 4)])
    func the_default_preferences_give_the_built_in_layout(_ width: Int, _ height: Int) {
        #expect(ScreenLayout(width: width, height: height, preferences: LayoutPreferences()) == ScreenLayout(width: width, height: height))
    }

    @Test func proportions_move_the_shared_borders() {
        let l = ScreenLayout(width: 200, height: 50, preferences: LayoutPreferences(listPercent: 20, relatedPercent: 30))
        #expect(l.mode == .wide)
        #expect(l.list.width == 41)  // 20 % plus the shared border
        #expect(l.related.x == 200 - 60 - 1)
        #expect(l.article.x == l.list.x + l.list.width - 1 && l.related.x == l.article.x + l.article.width - 1)
    }

    @Test func related_beside_gives_three_columns_from_80() {
        let l = ScreenLayout(width: 100, height: 30, preferences: LayoutPreferences(related: .beside))
        #expect(l.mode == .wide)
        #expect(l.related.y == 0 && l.related.height == 29)
        #expect(ScreenLayout(width: 79, height: 30, preferences: LayoutPreferences(related: .beside)).mode == .narrow)
    }

    @Test func related_below_puts_it_under_the_article_on_a_wide_screen() {
        let l = ScreenLayout(width: 200, height: 50, preferences: LayoutPreferences(relatedPercent: 40, related: .below))
        #expect(l.mode == .medium)
        #expect(l.related.x == l.article.x && l.related.y == l.article.y + l.article.height - 1)
        #expect(l.related.height == 49 * 40 / 100)
    }

    @Test(arguments: [10, 60])
    func extreme_percentages_still_leave_the_article_room(_ percent: Int) {
        for width in [80, 100, 140, 250] {
            let l = ScreenLayout(width: width, height: 40,
                                 preferences: LayoutPreferences(listPercent: percent, relatedPercent: percent, related: .beside))
            #expect(l.article.width >= width / 3, "\(width)")
            #expect(l.related.width >= 2 && l.list.width >= 2, "\(width)")
            #expect(l.related.x + l.related.width == width)
        }
    }

    @Test func the_state_lays_out_with_its_preferences() {
        var s = AppState(width: 200, height: 50)
        s.preferences.layout.related = .below
        #expect(s.layout.mode == .medium)
    }
}
