package newstext

import (
	"strings"
	"testing"
)

// blind65Story is a trade paper's company story under its dateline, for
// a trailer or a box to follow (blind page ja-gyokaishi-65).
const blind65Story = "東和精機、減速機を増産\n\n【名古屋】東和精機は、産業用ロボット向け精密減速機の生産能力\nを月産３万台に引き上げる。\n"

// TestBlind65JaBureauSign: a trade paper signs a bureau's story with the
// bureau's place and the reporter's name parted by ・, （名古屋・山田一郎）:
// a byline naming the reporter only, the place left in the text as after
// ＝ (blind page ja-gyokaishi-65). Places listed alike, a region and its
// district, a work's word and two reporters' names are no such
// signature.
func TestBlind65JaBureauSign(t *testing.T) {
	for in, want := range map[string]string{
		"名古屋・山田一郎":     "山田一郎",
		"大阪・田中太郎":      "田中太郎",
		"鹿児島・田中太郎":     "田中太郎",
		"北京・田中太郎":      "田中太郎",
		"浜松・田中太郎":      "田中太郎",
		"ニューヨーク・田中太郎":  "田中太郎",
		"名古屋・山田　一郎":    "山田一郎",
		"大阪・木村花子、宮本健":  "木村花子,宮本健",
		"浜松市・佐々木まり":    "佐々木まり",
		"木村花子・宮本健":     "", // two reporters (jaJointNames)
		"東京・大阪":        "",
		"東京・名古屋":       "",
		"ワシントン・ニューヨーク": "",
		"名古屋・大阪・福岡":    "",
		"東京・霞が関":       "", // a region and its district
		"東京・丸の内":       "",
		"東京・六本木":       "",
		"大阪・心斎橋":       "",
		// A company's or photo's site (review 27b).
		"東京・千代田":         "",
		"東京・西新宿":         "",
		"東京・高田馬場":        "",
		"東京・吉祥寺":         "",
		"東京・南青山":         "",
		"東京・新木場":         "",
		"大阪・梅田":          "",
		"東京・山田花子":        "",
		"東京・佐々木まり":       "佐々木まり",
		"大阪・宮本健":         "宮本健",
		"写真・田中太郎":        "", // a work's word, no place
		"イラスト・田中太郎":      "",
		"大阪支社・田中太郎":      "", // a desk (deskNameCredit)
		"聞き手・田中太郎":       "",
		"名古屋":            "",
		"名古屋＝山田一郎":       "", // the correspondent's trailer, read elsewhere
		"名古屋・山田一郎の取材による": "",
	} {
		names, _ := jaBureauSign(in)
		if got := strings.Join(names, ","); got != want {
			t.Errorf("jaBureauSign(%q) = %q, want %q", in, got, want)
		}
	}
	for _, tc := range []struct{ trailer, want string }{
		{"（名古屋・山田一郎）", "byline （名古屋・山田一郎） names=山田一郎"},
		{"（大阪・田中太郎）", "byline （大阪・田中太郎） names=田中太郎"}, // was a dateline
		{"（ニューヨーク・田中太郎）", "byline （ニューヨーク・田中太郎） names=田中太郎"},
		{"（大阪・木村花子、宮本健）", "byline （大阪・木村花子、宮本健） names=木村花子,宮本健"},
		// Look-alikes kept.
		{"（木村花子・宮本健）", "byline （木村花子・宮本健） names=木村花子,宮本健"},
		{"（名古屋＝山田一郎）", "byline （名古屋＝山田一郎） names=山田一郎"},
		{"（大阪支社・田中太郎）", "byline （大阪支社・田中太郎） org=大阪支社 names=田中太郎"},
	} {
		d := mustRead(t, blind65Story+tc.trailer+"\n")
		wantIn(t, outline(d, false), "dateline 【名古屋】 place=名古屋", tc.want)
		roundTrip(t, d)
	}
}

// TestBlind65JaCompanyBracket: a trade paper runs a company's brief in
// with the company's name in lenticular brackets, 【三和化成】大阪府…: a
// name ending as a company's does is no dateline's place but a run-in
// lead-in (under a box's label, the item's headline). Places, labels and
// a trade's word alone keep their readings.
func TestBlind65JaCompanyBracket(t *testing.T) {
	for in, want := range map[string]bool{
		"三和化成": true, "北辰電機": true, "東和精機": true, "トヨタ自動車": true, "日立製作所": true,
		"三菱重工": true, "ソニーグループ": true, "東邦銀行": true, "大和ハウス工業": true,
		"名古屋": false, "東京": false, "ワシントン": false, "解説": false, "工業": false, "自動車": false,
		"京浜工業地帯": false, "ワシントン共同": false, "名古屋＝山田一郎": false, "東京化成で": false,
	} {
		if got := jaCompanyName(in); got != want {
			t.Errorf("jaCompanyName(%q) = %v, want %v", in, got, want)
		}
	}
	brief := "【北辰電機】産業用インバーターの新シリーズを１月に発売する。\n価格は従来品並みに抑えた。\n"
	d := mustRead(t, blind65Story+"\n"+brief)
	got := outline(d, false)
	wantIn(t, got, "dateline 【名古屋】 place=名古屋", "heading 【北辰電機】")
	if strings.Contains(got, "place=北辰電機") {
		t.Errorf("company read as a dateline's place:\n%s", got)
	}
	roundTrip(t, d)
	// A place run in so stays a dateline.
	d = mustRead(t, blind65Story+"\n"+strings.Replace(brief, "北辰電機", "大阪", 1))
	wantIn(t, outline(d, false), "dateline 【大阪】 place=大阪")
	roundTrip(t, d)
}

// TestBlind65JaSpacedBriefLabel: a box of briefs' label padded out to a
// title's width, 短　信, as a standing box's name is (人　事), is the
// label, the first item's kicker; nothing over it is taken as a second
// kicker: the appointments box's last entry above it stays the box's
// (blind page ja-gyokaishi-65).
func TestBlind65JaSpacedBriefLabel(t *testing.T) {
	for in, want := range map[string]bool{
		"短　信": true, "短信": true, "短 信": true, "ニュース短信": true, "県内短信": true, "[경남 단신]": true,
		"人　事": false, "短　評": false, "短　信　欄　の　話　題　あ": false,
	} {
		if got := briefBoxLabel(in); got != want {
			t.Errorf("briefBoxLabel(%q) = %v, want %v", in, got, want)
		}
	}
	box := "人　事\n\n◇東和精機（１月１日）\n取締役営業本部長　高橋誠\n常務執行役員　中村彰\n\n◇三和化成（１２月１５日）\n研究開発本部長　森田恵美\n\n"
	items := "\n\n【三和化成】大阪府茨木市に樹脂材料の研究拠点を開設した。投資\n額は約１０億円。\n\n" +
		"【北辰電機】産業用インバーターの新シリーズを１月に発売する。\n価格は従来品並みに抑えた。\n"
	for _, label := range []string{"短　信", "ニュース短信"} {
		d := mustRead(t, blind65Story+"\n"+box+label+items)
		if got, want := headlines(d), "東和精機、減速機を増産 / 人　事 / 【三和化成】 / 【北辰電機】"; got != want {
			t.Errorf("%s: articles %q, want %q\n%s", label, got, want, outline(d, false))
			continue
		}
		got := outline(d, false)
		wantIn(t, got, "    paragraph 研究開発本部長　森田恵美", "  kicker "+label+"\n  headline 【三和化成】")
		if strings.Contains(got, "kicker 研究開発本部長") {
			t.Errorf("%s: the box's last entry taken as a kicker over the label:\n%s", label, got)
		}
		roundTrip(t, d)
	}
}
