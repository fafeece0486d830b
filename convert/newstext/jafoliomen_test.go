package newstext

import "testing"

// TestJapaneseFolioPageSide: a Japanese paper's folio numbers its page
// before 面 (２４面, 第２４面) and sets its parts in any order, the
// paper's name, the date with its era year and weekday, the page's
// number, its name and edition: a folio, noise, however many parts it
// has and however long it is, never the headline (blind page
// ja-chiho-saiban-liangze). Without the edition's date a number before
// 面 is no folio (１面トップ is a title's word), and a table's row, a
// date over bare figures and names, stays text.
func TestJapaneseFolioPageSide(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"静岡日報　２０２６年（令和８年）１２月６日（土曜日）　２４面　社会", noiseFolio},
		{"２４面　社会　静岡日報　２０２６年（令和８年）１２月６日（土曜日）", noiseFolio},
		{"中日新聞　2026年12月6日（土）　24面　県内", noiseFolio},
		{"静岡日報　２０２６年１２月６日　土曜日　第２４面　第２社会　西部版", noiseFolio},
		{"第二十四面　社会　２０２６年（令和８年）１２月６日（土曜日）　静岡日報", noiseFolio},
		{"北海道新聞　２０２６年（令和８年）３月２６日（木曜日）　第２社会　（２９）　夕刊", noiseFolio},
		// Look-alikes.
		{"２４面　社会", ""},
		{"１面トップ　県予算案　知事", ""},
		{"２０２６年１２月６日の２４面で報じた。", ""},
		{"2026年12月6日　3　東京　大阪　名古屋", ""},
		{"２０２６年１２月６日　２４面　県議会　予算案　可決へ　知事　表明", ""},
	}
	for _, tc := range tests {
		if got := noiseKind(tc.line); got != tc.want {
			t.Errorf("noiseKind(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
	wantKinds(t, "静岡日報　２０２６年（令和８年）１２月６日（土曜日）　２４面　社会\n会社の金１２００万円着服\n元経理の男に実刑判決\n【静岡】\n　勤務先の会社から現金約１２\n００万円を着服したとして、業\n務上横領の罪に問われた元経理\n担当の男（５２）の判決で、静\n岡地裁は５日、懲役３年６月（\n求刑懲役５年）を言い渡した。\n　裁判長は「長期間にわたり繰\nり返した犯行で、刑事責任は重\nい」と指摘した。\n歩行者死亡事故\n被告に猶予判決\n【浜松】\n　浜松市中区の交差点で今年６\n月、乗用車で歩行者をはねて死\n亡させたとして、自動車運転処\n罰法違反（過失致死）の罪に問\nわれた女（３４）に、静岡地裁\n浜松支部は５日、禁錮２年執行\n猶予４年の判決を言い渡した。\n",
		"noise 静岡日報　２０２６年（令和８年）１２月６日（土曜日）　２４面　社会",
		"headline 会社の金１２００万円着服",
		"subheadline 元経理の男に実刑判決")
}
