package newstext

import (
	"slices"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// firstOf returns the first child of kind k among d's articles, or nil.
func firstOf(d *doc.Document, k doc.Kind) *doc.Node {
	for _, a := range d.Articles {
		for _, n := range a.Children {
			if n.Kind == k {
				return n
			}
		}
	}
	return nil
}

// TestBlind33CrewDateline: a Taiwanese TV newsroom's credit, its
// reporter and camera roles with their names and the place with 報導 at
// the end, spaced or not, the slashes half- or full-width, is a dateline
// with both roles, both names and the place (blind page tw-tvbs-web), as
// 記者X／台北報導 is; a lone reporter with the place after a space is
// one too. Look-alikes with no place, no name or no role stay what
// they were.
func TestBlind33CrewDateline(t *testing.T) {
	for s, want := range map[string]string{
		"記者 林佳穎 / 攝影 張志豪 台北報導":       "記者,攝影|林佳穎,張志豪|台北",
		"記者林佳穎／攝影張志豪／台北報導":           "記者,攝影|林佳穎,張志豪|台北",
		"記者 林佳穎／攝影 張志豪／台北報導":         "記者,攝影|林佳穎,張志豪|台北",
		"記者林佳穎 攝影張志豪 台中報導":           "記者,攝影|林佳穎,張志豪|台中",
		"記者 林佳穎、王大明 / 攝影記者 張志豪 新北報導": "記者,攝影記者|林佳穎,王大明,張志豪|新北",
		"記者 林佳穎 / 攝影 張志豪 綜合報導":       "記者,攝影|林佳穎,張志豪|",
		"记者 林佳颖 / 摄影 张志豪 台北报道":       "记者,摄影|林佳颖,张志豪|台北",
		"記者 林佳穎 台北報導":                "記者|林佳穎|台北",
		"記者 林佳穎 / 攝影 報導":             "",
		"記者 / 攝影 張志豪 台北報導":           "",
		"記者會上，他說 台北報導":               "",
		"記者 林佳穎 攝影 台北報導":             "",
		"攝影 張志豪 台北報導":                "",
		"記者林佳穎／攝影張志豪台北報導":            "",
		"記者詢問時，根據媒體 台北報導的內容，他沒有回應。":  "",
	} {
		got := ""
		if d, rest, ok := crewDateline(s); ok && rest == "" {
			got = strings.Join(d.roles, ",") + "|" + strings.Join(d.names, ",") + "|" + d.place
		}
		if got != want {
			t.Errorf("crewDateline(%s) = %q, want %q", s, got, want)
		}
	}
	const body = "今年入冬以來最強的一波寒流即將報到。中央氣象署今（5）日表示，下週一起大陸冷氣團南下。\n"
	for _, credit := range []string{"記者 林佳穎 / 攝影 張志豪 台北報導", "記者林佳穎／攝影張志豪／台北報導", "記者林佳穎 / 攝影張志豪 / 台北報導"} {
		d := mustRead(t, "寒流下週報到　北部低溫恐探10度\n\n"+credit+"\n\n"+body)
		n := firstOf(d, doc.KindDateline)
		if n == nil || n.Text != credit || n.Place != "台北" || !slices.Equal(n.Roles, []string{"記者", "攝影"}) || !slices.Equal(n.Names, []string{"林佳穎", "張志豪"}) {
			t.Errorf("%s: dateline %+v", credit, n)
		}
		roundTrip(t, d)
	}
}

// TestBlind33UpdatedStampLabel: a Taiwanese web stamp labelled
// 最後更新時間 (TVBS), alone or on one line after 發佈時間, is a stamp
// as 更新時間 is (blind page tw-tvbs-web); the label with no time is not.
func TestBlind33UpdatedStampLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"最後更新時間：2026/12/05 16:05":                       true,
		"最後更新時間: 2026/12/05 16:05":                      true,
		"最后更新时间：2026-12-05 16:05":                       true,
		"最後更新：2026/12/05 16:05":                         true,
		"發佈時間：2026/12/05 14:30　最後更新時間：2026/12/05 16:05": true,
		"發佈時間：2026/12/05 14:30 最後更新時間：2026/12/05 16:05": true,
		"最後更新時間：2026/12/05":                             false,
		"最後更新時間":                                        false,
		"最後更新時間是下午四點":                                   false,
	} {
		if got := isWebStamp(s); got != want {
			t.Errorf("isWebStamp(%s) = %v, want %v", s, got, want)
		}
	}
	const body = "今年入冬以來最強的一波寒流即將報到。中央氣象署今（5）日表示，下週一起大陸冷氣團南下。"
	for _, stamps := range []string{
		"發佈時間：2026/12/05 14:30\n最後更新時間：2026/12/05 16:05",
		"發佈時間：2026/12/05 14:30　最後更新時間：2026/12/05 16:05",
	} {
		want := []string{"article", "headline 寒流下週報到　北部低溫恐探10度"}
		for _, s := range strings.Split(stamps, "\n") {
			want = append(want, "noise "+s)
		}
		wantAllKinds(t, "寒流下週報到　北部低溫恐探10度\n\n"+stamps+"\n\n"+body+"\n", append(want, "paragraph "+body)...)
	}
}

// TestBlind33JaLatinSpace: an ASCII space next to a Latin word or digits
// in a Japanese line sets the word off (JR 特急など40本が運休), as NHK
// does; it parts no phrases, so the line between two finished paragraphs
// is a head of the story, not the next article's headline (blind page
// ja-nhk-web). U+3000, or a space between two words of kana or kanji,
// still parts phrases.
func TestBlind33JaLatinSpace(t *testing.T) {
	for s, want := range map[string]bool{
		"JR 特急など40本が運休":    false,
		"新型 iPhone 発表":     false,
		"特急 40本が運休":        false,
		"ＪＲ 特急など運休":        false,
		"北海道 各地で今季一番の冷え込み": true,
		"北海道で大雪　あすにかけ警戒を":  true,
		"JR 特急など　40本が運休":   true,
		"JR北海道 特急40本運休":    true,
		"列車の運休相次ぐ":         false,
	} {
		if got := jaPhraseSpaced(s); got != want {
			t.Errorf("jaPhraseSpaced(%s) = %v, want %v", s, got, want)
		}
	}
	const top = "北海道で大雪　あすにかけ交通への影響に警戒を\n2026年12月5日 19時12分\n\n" +
		"強い冬型の気圧配置の影響で、北海道では5日、日本海側を中心に大雪となっています。\n\n" +
		"気象台は「車の立往生が起きるおそれがある。不要不急の外出は控えてほしい」としています。\n\n"
	const under = "JR北海道によりますと、大雪の影響で5日は札幌と旭川を結ぶ特急など40本が運休しました。"
	for _, head := range []string{"JR 特急など40本が運休", "JR特急など40本が運休", "新型 iPhone 発表を延期"} {
		d := mustRead(t, top+head+"\n\n"+under+"\n")
		if len(d.Articles) != 1 {
			t.Errorf("%s: %d articles, want 1:\n%s", head, len(d.Articles), strings.Join(allKinds(d), "\n"))
			continue
		}
		if n := firstOf(d, doc.KindSection); n == nil || len(n.Children) == 0 || n.Children[0].Kind != doc.KindHeading || n.Children[0].Text != head {
			t.Errorf("%s: no section under it:\n%s", head, strings.Join(allKinds(d), "\n"))
		}
		roundTrip(t, d)
	}
}

// TestBlind33WrapTailAtPageEnd: a tail of one to three characters on
// the page's last line, under a line one character short of the measure
// (▽警務課長（甲府署副署長）深 / 沢雅人), is the rest of that line's name,
// joined as the same tail higher up is (blind page
// ja-chiho-okuyami-jinji): kinsoku and digits leave a page's full lines a
// character apart. A clearly short title line over the tail, or a longer
// line under a full one, is not joined so.
func TestBlind33WrapTailAtPageEnd(t *testing.T) {
	const page = "甲府の商店街で歳末市始まる\n福引きに長い列\n" +
		"　【甲府】甲府市中心街の商店\n街で４日、恒例の歳末大売り出\nしが始まった。初日から福引き\n会場には買い物客の長い列がで\nきた。\n" +
		"　売り出しは３１日まで。商店\n街振興組合の理事長は「年末の\n買い物は地元で楽しんでほしい」\nと話している。\n" +
		"おくやみ\n◇甲府市\n" +
		"　山田はなさん（８８）甲府市\n朝日２丁目、４日死去。通夜６\n日午後６時、告別式７日午前１０\n時から甲府市上石田の県央斎場\nで。喪主は長男一郎さん。\n" +
		"　小林正男さん（７６）甲府市\n住吉４丁目、３日死去。告別式\nは近親者で済ませた。喪主は妻\n和子さん。\n" +
		"◇富士吉田市\n" +
		"　渡辺しずさん（９１）富士吉\n田市上吉田、４日死去。通夜６\n日午後６時、告別式７日午前１１\n時から富士吉田市の富士北斎場\nで。喪主は長女恵子さん。\n" +
		"人事\n◇山梨県警（７日付）\n▽甲府署長（警務課長）佐藤健\n一\n"
	for tail, want := range map[string]string{
		"▽警務課長（甲府署副署長）深\n沢雅人\n": "▽警務課長（甲府署副署長）深沢雅人",
		"▽警務課長（甲府署副署長）深沢\n雅人\n": "▽警務課長（甲府署副署長）深沢雅人",
		"▽警務課長（甲府署副署長）深\n沢\n":   "▽警務課長（甲府署副署長）深沢",
	} {
		d := mustRead(t, page+tail)
		a := d.Articles[len(d.Articles)-1]
		last := a.Children[len(a.Children)-1]
		for last.Kind == doc.KindSection {
			last = last.Children[len(last.Children)-1]
		}
		if last.Text != want {
			t.Errorf("%q: last unit %s %q, want %q", tail, last.Kind, last.Text, want)
		}
		roundTrip(t, d)
	}
	b := &builder{measure: 30}
	for _, c := range []struct {
		above, tail string
		want        bool
	}{
		{"▽警務課長（甲府署副署長）深", "沢雅人", true},
		{"▽警務課長（甲府署副署長）深", "沢", true},
		{"▽警務課長（甲府署副署長）深", "沢雅人氏", false},
		{"▽警務課長（甲府署副署長）深", "沢。", false},
		{"▽警務課長（副署長）深", "沢雅人", false},
		{"東京五輪", "開幕", false},
	} {
		if got := b.wrapTail(srcLine{text: c.above}, c.tail); got != c.want {
			t.Errorf("wrapTail(%s, %s) = %v, want %v", c.above, c.tail, got, c.want)
		}
	}
}

// TestBlind33BracketedStamp: a web stamp of a date and time in brackets
// under the headline, [2026年9月5日21時48分] (日刊スポーツ), ［…］, 【…】
// or （…）, is a stamp as the bare one is: noise parted from the
// headline over it (blind page ja-nikkan-web). A bracketed date alone,
// or a bracket with other words in it, is none.
func TestBlind33BracketedStamp(t *testing.T) {
	for s, want := range map[string]bool{
		"[2026年9月5日21時48分]":     true,
		"［2026年9月5日 21時48分］":    true,
		"【2026年9月5日21時48分】":     true,
		"（2026年9月5日21時48分）":     true,
		"[2026/12/05 16:05]":    true,
		"(2026-12-05 16:05)":    true,
		"[2026年9月5日]":           false,
		"（5日、金沢市）":              false,
		"[2026年9月5日21時48分] 巨人が": false,
		"[有料会員限定]":              false,
		"（2026年9月5日21時48分ごろ）":   false,
	} {
		if got := bracketedWebStamp(s); got != want {
			t.Errorf("bracketedWebStamp(%s) = %v, want %v", s, got, want)
		}
	}
	const head = "巨人岡本が決勝2ラン　阪神との首位攻防初戦制す"
	const lead = "巨人岡本和真内野手（30）が、首位攻防の初戦で試合を決めた。1点を追う8回無死一塁で逆転の25号2ランとなった。"
	for _, stamp := range []string{"[2026年9月5日21時48分]", "［2026年9月5日 21時48分］", "2026年9月5日21時48分"} {
		wantAllKinds(t, head+"\n"+stamp+"\n\n"+lead+"\n",
			"article", "headline "+head, "noise "+stamp, "paragraph "+lead)
	}
}

// TestBlind33JaBracketCredit: a Japanese sports paper's caption closed by
// its photographer in round brackets, …岡本（撮影・山田太郎） (日刊スポーツ,
// スポニチ), （山田太郎撮影）, （写真・山田太郎）, set between two
// paragraphs, is a caption, not a line glued to the paragraph under it
// (blind page ja-nikkan-web). A story's pointer to its photo （写真・上）,
// a sentence ended before the bracket, or a credit of many words is not.
func TestBlind33JaBracketCredit(t *testing.T) {
	const desc = "8回裏巨人無死一塁、左越えに逆転2ランを放つ岡本"
	for s, want := range map[string]bool{
		desc + "（撮影・山田太郎）":      true,
		desc + "(撮影・山田太郎)":      true,
		desc + "（山田太郎撮影）":       true,
		desc + "（写真・山田太郎）":      true,
		desc + "（カメラ・山田太郎）":     true,
		desc + "（写真・上）":         false,
		"岡本が2ランを放った。（撮影・山田太郎）":  false,
		desc + "（撮影・山田太郎、鈴木一郎）": false,
		"（撮影・山田太郎）":             false,
		desc + "（30）":           false,
	} {
		if got := jaBracketCredit(s); got != want {
			t.Errorf("jaBracketCredit(%s) = %v, want %v", s, got, want)
		}
	}
	const above = "巨人岡本和真内野手（30）が、首位攻防の初戦で試合を決めた。逆転の25号2ランとなった。"
	const under = "試合後は「打った瞬間にいったと思った。チームの勝利に貢献できてよかった」と笑顔を見せた。"
	for _, credit := range []string{"（撮影・山田太郎）", "（写真・山田太郎）", "（山田太郎撮影）"} {
		wantAllKinds(t, "巨人岡本が決勝2ラン\n\n"+above+"\n\n"+desc+credit+"\n\n"+under+"\n",
			"article", "headline 巨人岡本が決勝2ラン", "paragraph "+above, "caption "+desc+credit, "paragraph "+under)
	}
}

// TestBlind33RunInLink: a Japanese site's link header in brackets with
// its one link run in, 【関連記事】巨人ニュース一覧はこちら, is a related
// link, noise, as the header over its link is (blind page
// ja-nikkan-web). A bracketed column name over text, a header with a
// sentence after it, or a header no link list has, is not.
func TestBlind33RunInLink(t *testing.T) {
	for s, want := range map[string]bool{
		"【関連記事】巨人ニュース一覧はこちら": true,
		"【関連ニュース】阪神、連敗で2位後退": true,
		"［関連記事］巨人ニュース一覧はこちら": true,
		"【関連記事】": false,
		"【関連記事】巨人は5日、阪神に勝った。": false,
		"【社説】首位攻防の行方":         false,
		"【写真】曳き綱を握る参加者":       false,
	} {
		if got := jaRunInLink(s); got != want {
			t.Errorf("jaRunInLink(%s) = %v, want %v", s, got, want)
		}
	}
	const story = "巨人岡本が決勝2ラン\n\n巨人岡本和真内野手（30）が、首位攻防の初戦で試合を決めた。逆転の25号2ランとなった。\n\n"
	wantAllKinds(t, story+"【関連記事】巨人ニュース一覧はこちら\n",
		"article", "headline 巨人岡本が決勝2ラン", "paragraph 巨人岡本和真内野手（30）が、首位攻防の初戦で試合を決めた。逆転の25号2ランとなった。",
		"noise 【関連記事】巨人ニュース一覧はこちら")
}

// TestBlind33FollowCall: a site's call to follow it on a platform,
// closing the story (快來加入《TVBS新聞網》LINE官方帳號吧！, 欢迎关注我们的微信公众号),
// is the site's furniture, noise, though worded as a sentence (blind
// page tw-tvbs-web). A report on an account that goes on after its name,
// or a sentence asking to join something else, stays a paragraph.
func TestBlind33FollowCall(t *testing.T) {
	for s, want := range map[string]bool{
		"最HOT話題在這！想跟上時事，快來加入《TVBS新聞網》LINE官方帳號吧！": true,
		"歡迎加入中時新聞網LINE好友":                        true,
		"欢迎关注我们的微信公众号":                           true,
		"訂閱我們的YouTube頻道～":                        true,
		"快來追蹤我們的IG！":                             true,
		"該公司宣布加入LINE官方帳號認證計畫。":                   false,
		"他說，歡迎大家加入我們的行列。":                        false,
		"關注公眾號，獲取更多資訊":                           false,
		"市府設立LINE官方帳號":                           false,
	} {
		if got := followCall(s); got != want {
			t.Errorf("followCall(%s) = %v, want %v", s, got, want)
		}
	}
	const para = "今年入冬以來最強的一波寒流即將報到。中央氣象署今（5）日表示，下週一起大陸冷氣團南下。"
	const call = "最HOT話題在這！想跟上時事，快來加入《TVBS新聞網》LINE官方帳號吧！"
	wantAllKinds(t, "寒流下週報到\n\n"+para+"\n\n#寒流 #低溫\n\n"+call+"\n",
		"article", "headline 寒流下週報到", "paragraph "+para, "noise #寒流 #低溫", "noise "+call)
}

// TestBlind33GameLine: a Japanese sports paper's game line over the
// story, <巨人3-2阪神>◇5日◇東京ドーム (日刊スポーツ), is the story's first
// line, a paragraph: not a section trail (its > closes its <), nor a
// title (blind page ja-nikkan-web). An angle-bracketed label with no
// score, or a score with no ◇ field after it, is no game line.
func TestBlind33GameLine(t *testing.T) {
	for s, want := range map[string]bool{
		"<巨人3-2阪神>◇5日◇東京ドーム":      true,
		"＜巨人３－２阪神＞◇５日◇東京ドーム":      true,
		"<ヤクルト5-4広島>◇5日◇神宮":       true,
		"<DeNA2-1中日>◆5日◆横浜":       true,
		"<巨人3-2阪神>":               false,
		"<速報>◇5日◇東京ドーム":           false,
		"首頁 > 生活":                 false,
		"<巨人3-2阪神>試合後、監督は笑顔を見せた。": false,
		"<3-2>◇5日◇東京ドーム":          false,
	} {
		if got := jaGameLine(s); got != want {
			t.Errorf("jaGameLine(%s) = %v, want %v", s, got, want)
		}
	}
	const head = "巨人岡本が決勝2ラン　阪神との首位攻防初戦制す"
	const lead = "巨人岡本和真内野手（30）が、首位攻防の初戦で試合を決めた。逆転の25号2ランとなった。"
	for _, game := range []string{"<巨人3-2阪神>◇5日◇東京ドーム", "＜ヤクルト５－４広島＞◇５日◇神宮"} {
		wantAllKinds(t, head+"\n2026年9月5日21時48分\n\n"+game+"\n\n"+lead+"\n",
			"article", "headline "+head, "noise 2026年9月5日21時48分", "paragraph "+game, "paragraph "+lead)
	}
}
