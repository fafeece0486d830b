package newstext

import "testing"

// TestJaWebColumnLabelKicker: a web editorial's column label alone over
// its title and time stamp (社説 / 介護人材確保… / 2026/12/05 05:00) is the
// title's kicker, as on the printed page, though the site lists 社説 among
// its sections; a section that is no column's label (経済) stays the site's
// chrome (blind page ja-yomiuri-shasetsu).
func TestJaWebColumnLabelKicker(t *testing.T) {
	body := "介護人材確保　処遇改善を着実に進めたい\n2026/12/05 05:00\n\n　介護の現場で働く人が足りない状態が続いている。\n"
	wantKinds(t, "社説\n"+body,
		"kicker 社説",
		"headline 介護人材確保　処遇改善を着実に進めたい",
		"noise 2026/12/05 05:00")
	wantKinds(t, "経済\n"+body,
		"noise 経済",
		"headline 介護人材確保　処遇改善を着実に進めたい",
		"noise 2026/12/05 05:00")
}
