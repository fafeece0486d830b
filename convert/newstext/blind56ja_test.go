package newstext

import "testing"

// The Japanese misreads of blind round 56 (pages ja-b56-fnn-web and
// ja-b56-keizai-kabu): a broadcaster network's title group (【独自】 tag,
// a stamp with a weekday word and a twelve-hour clock, a two-word
// breadcrumb, the station's name by the stamp), a quote whole on its
// line on web copy, a market row's ▲ change and a table's title closed
// by its 単位.

// fnnPage is a broadcaster network's story page as copied, one unit a
// line: brand, breadcrumb, title, stamp, station, share run, text.
const fnnPage = "FNNプライムオンライン\nニュース\n社会\n" +
	"【独自】市の公用車３台が車検切れで２年走行　担当職員が更新手続き忘れ\n" +
	"2026年12月6日 土曜 午後6:42\n" +
	"テレビ新広島\n" +
	"シェア\nXでポスト\nLINEで送る\n" +
	fnnText

const fnnText = "広島県内の市が所有する公用車３台が、車検の期限が切れたまま約２年間にわたって使われていたことがテレビ新広島の取材でわかりました。\n" +
	"問題があったのは、竹原浜市の公用車で、いずれも福祉課などが訪問業務に使っていた軽自動車です。\n" +
	"竹原浜市　車両管理課の担当者：\n" +
	"「確認の仕組みが不十分だった。市民の皆様に深くおわびし、再発防止に努めたい」\n" +
	"市は今後、全ての公用車の車検と保険の期限を一覧にして、毎月確認するとしています。\n" +
	"（テレビ新広島）\n"

// fnnTextKinds is fnnText as read.
var fnnTextKinds = []string{
	"paragraph 広島県内の市が所有する公用車３台が、車検の期限が切れたまま約２年間にわたって使われていたことがテレビ新広島の取材でわかりました。",
	"paragraph 問題があったのは、竹原浜市の公用車で、いずれも福祉課などが訪問業務に使っていた軽自動車です。",
	"paragraph 竹原浜市　車両管理課の担当者：「確認の仕組みが不十分だった。市民の皆様に深くおわびし、再発防止に努めたい」",
	"paragraph 市は今後、全ての公用車の車検と保険の期限を一覧にして、毎月確認するとしています。",
	"byline （テレビ新広島）",
}

// TestBlind56JaBroadcasterTitleGroup: on a broadcaster network's page the
// brand and a breadcrumb of two section words are noise, a title opening
// with the story tag 【独自】 is the headline whole, the stamp with a
// weekday word and a twelve-hour clock (土曜 午後6:42) is noise with its
// spaces kept, and the station's name alone under or over it is noise
// (blind page ja-b56-fnn-web: brand headline, breadcrumb subheadlines,
// 【独自】 a run-in head, the stamp and the station glued into the first
// paragraph with its spaces dropped). A brand over a word that is no
// section stays as it was read.
func TestBlind56JaBroadcasterTitleGroup(t *testing.T) {
	wantAllKinds(t, fnnPage, append([]string{"article",
		"noise FNNプライムオンライン", "noise ニュース", "noise 社会",
		"headline 【独自】市の公用車３台が車検切れで２年走行　担当職員が更新手続き忘れ",
		"noise 2026年12月6日 土曜 午後6:42", "noise テレビ新広島",
		"noise シェア", "noise Xでポスト", "noise LINEで送る"}, fnnTextKinds...)...)
	// One section word, another tag, a morning stamp, a station with its
	// call letters.
	wantAllKinds(t, "FNNプライムオンライン\n社会\n【詳報】県道で土砂崩れ　３人けが\n2026年12月7日 日曜 午前9:05\nＮＢＳ長野放送\n"+fnnText,
		append([]string{"article", "noise FNNプライムオンライン", "noise 社会",
			"headline 【詳報】県道で土砂崩れ　３人けが", "noise 2026年12月7日 日曜 午前9:05", "noise ＮＢＳ長野放送"}, fnnTextKinds...)...)
	// The station over the stamp.
	wantAllKinds(t, "FNNプライムオンライン\nニュース\n社会\n【独自】市の公用車３台が車検切れで２年走行\nテレビ新広島\n2026年12月6日 土曜 午後6:42\n"+fnnText,
		append([]string{"article", "noise FNNプライムオンライン", "noise ニュース", "noise 社会",
			"headline 【独自】市の公用車３台が車検切れで２年走行", "noise テレビ新広島", "noise 2026年12月6日 土曜 午後6:42"}, fnnTextKinds...)...)
	// A word that is no section between the brand and the title: the
	// brand is not taken for the site's (as before).
	wantKinds(t, "FNNプライムオンライン\n初冠雪\n【独自】市の公用車３台が車検切れで２年走行\n2026年12月6日 土曜 午後6:42\n"+fnnText,
		"headline FNNプライムオンライン")
}

// TestBlind56JaTitleTag: the Japanese story tags 【独自】, 【詳報】, 【続報】
// open a title line kept whole (no run-in lead-in); before a sentence,
// as a digest's lead-in, the tag stays a run-in head.
func TestBlind56JaTitleTag(t *testing.T) {
	for s, whole := range map[string]bool{
		"【独自】市の公用車３台が車検切れで２年走行　担当職員が更新手続き忘れ": true,
		"【詳報】県道で土砂崩れ　３人けが":                   true,
		"【続報】行方不明の男性を発見":                     true,
		"【独自】市の公用車３台が車検切れのまま走行していたことがわかった。":  false, // a sentence: a digest's lead-in
	} {
		if got := runInEnd(s, "ja") == 0; got != whole {
			t.Errorf("runInEnd(%q) == 0 is %v, want %v", s, got, whole)
		}
	}
}

// TestBlind56JaTwelveHourStamp: a Japanese stamp with the weekday's word
// (土曜, 土曜日, (土)) and a twelve-hour clock after 午前 or 午後 is a web
// stamp; a date with a weekday and no time, a clock with no date, an hour
// past 12 after 午後 and a sentence's 午後６時から are none.
func TestBlind56JaTwelveHourStamp(t *testing.T) {
	for s, want := range map[string]bool{
		"2026年12月6日 土曜 午後6:42":   true,
		"2026年12月6日 午前9:05":      true,
		"2026年12月6日(土) 午後6:42":   true,
		"2026年12月6日 土曜 午後6時42分":  true,
		"2026年12月6日 土曜日 午後 6:42": true,
		"2026年12月6日 土曜 18:42":    true,
		"2026年12月6日 土曜":          false,
		"2026年12月6日 土曜 午後":       false,
		"午後6:42":                 false,
		"2026年12月6日 午後13:42":     false,
		"2026年12月6日 曜 午後6:42":    false,
		"2026年12月6日 土曜 午後6時から":   false,
	} {
		if got := isWebStamp(s); got != want {
			t.Errorf("isWebStamp(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBlind56JaQuoteLine: on web copy set one paragraph a line, a quote
// whole on its line (「…努めたい」, no 。 before 」) ends its paragraph,
// and the speaker's label over it runs on into it (blind page
// ja-b56-fnn-web: the quote took the next paragraph). A line that only
// opens or closes with a quote is none, and on a hard-wrapped page the
// quote's line is a wrap as any other.
func TestBlind56JaQuoteLine(t *testing.T) {
	for s, want := range map[string]bool{
		"「確認の仕組みが不十分だった。市民の皆様に深くおわびし、再発防止に努めたい」": true,
		"「『前例がない』と言われた」":  true,
		"「確認が必要だ」と述べた。":   false,
		"市長は「努めたい」":       false,
		"「確認が必要だ」と「再発防止」": false,
		"「」": false,
	} {
		if got := wholeQuoteLine(s); got != want {
			t.Errorf("wholeQuoteLine(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"竹原浜市　車両管理課の担当者：": true,
		"住民：": true,
		"市長は次のように述べた。：": false,
		"：": false,
		"担当者は「確認する」と話した：":                       false,
		"国土交通省によりますと、車検が切れた車を運転した場合の罰則は次の通りです：": false, // long: a lead-in
	} {
		if got := speakerLabel(s); got != want {
			t.Errorf("speakerLabel(%q) = %v, want %v", s, got, want)
		}
	}
	wantKinds(t, "市の公用車が車検切れ\n"+fnnText, append([]string{"headline 市の公用車が車検切れ"}, fnnTextKinds...)...)
	// A hard-wrapped column: the quote's line is the paragraph's wrap.
	wantKinds(t, "県、除雪体制を強化\n　県は５日、今冬の除雪計画を\n発表した。知事は記者会見で\n「万全を期したい」\nと述べ、出動基準を見直す考え\nを示した。\n",
		"headline 県、除雪体制を強化",
		"paragraph 県は５日、今冬の除雪計画を発表した。知事は記者会見で「万全を期したい」と述べ、出動基準を見直す考えを示した。")
}

// kabuPage is a local paper's business page: a story closed by its
// reporter, a market box whose rows mark the change with △ and ▲, a
// second story, and a small table titled with its unit.
const kabuStory = "冬のボーナス　３年ぶり減\n県内平均４２万１千円\n" +
	"　【長野】県経営者協会は５日、\n県内企業の今冬のボーナス妥結状\n況を発表した。１人当たりの平均\nは４２万１千円で、前年を１．８\n％下回り、３年ぶりに減少した。\n（小林拓也）\n"

// TestBlind56JaChangeSignRow: in a Japanese market box the change's sign
// before a figure (▲２１３円１０銭, △１２, ▼３０銭) is the figure's, and
// a row quoting an amount in two units with it is a row, never a title
// line (blind page ja-b56-keizai-kabu: the 日経平均 row became the box
// label's subheadline). A sign before no digit (▲は減) and a headline
// with one figure stay none.
func TestBlind56JaChangeSignRow(t *testing.T) {
	for s, want := range map[string]bool{
		"日経平均　３万９８１２円４５銭　▲２１３円１０銭": true,
		"日経平均　３万９８１２円４５銭　△２１３円１０銭": true,
		"円相場　１５０円２０銭　▼３０銭":         true,
		"八十二銀　１，０２５　△１２":           true,
		"日経平均　３万９８１２円４５銭　２１３円１０銭安": true, // (as before)
		"出荷量　▲は減　△は増":              false,
		"▲２１３円安　日経平均が続落":           false,
		"株価３万円台回復　▲２００円から反発":       false,
	} {
		if got := tableRow(s) > 0; got != want {
			t.Errorf("tableRow(%q) > 0 = %v, want %v", s, got, want)
		}
	}
	wantAllKinds(t, kabuStory+"県内関係株（５日終値）\n日経平均　３万９８１２円４５銭　▲２１３円１０銭\n八十二銀　１，０２５　△１２\n新光電工　３，４１０　▲４５\n",
		"article", "headline 冬のボーナス　３年ぶり減", "subheadline 県内平均４２万１千円", "dateline 【長野】",
		"paragraph 県経営者協会は５日、県内企業の今冬のボーナス妥結状況を発表した。１人当たりの平均は４２万１千円で、前年を１．８％下回り、３年ぶりに減少した。",
		"byline （小林拓也）",
		"article", "headline 県内関係株（５日終値）",
		"paragraph 日経平均　３万９８１２円４５銭　▲２１３円１０銭",
		"paragraph 八十二銀　１，０２５　△１２", "paragraph 新光電工　３，４１０　▲４５")
}

// TestBlind56JaUnitTitle: a Japanese table's title closed by its unit
// after 単位 and a colon, 中黒 or equals sign, perhaps with a legend after
// 、 (（単位・万本、▲は減）), is the table's caption (blind page
// ja-b56-keizai-kabu: it headed a new article). The unit alone, a
// sentence before it, 単位 as a word (単位制) and a long remark in the
// bracket are none.
func TestBlind56JaUnitTitle(t *testing.T) {
	for s, want := range map[string]bool{
		"主要ワイナリーの出荷量（単位・万本、▲は減）":   true,
		"主要ワイナリーの出荷量（単位：万本）":       true,
		"県内企業の設備投資（単位＝億円、％）":       true,
		"県内企業の設備投資（単位：億円、△は増、▲は減）": true,
		"（単位：万本）": false,
		"出荷量は前年を上回った。（単位：万本）":            false,
		"単位制高校の志願者（単位制）":                 false,
		"出荷量の推移（単位・万本、前年の同じ時期と比べて大幅に増加）": false,
		"県が単位認定の基準を見直し":                  false,
	} {
		if got := unitTitle(s); got != want {
			t.Errorf("unitTitle(%q) = %v, want %v", s, got, want)
		}
	}
	const story = "ワイン出荷量　最多に\n県産、海外向け好調\n" +
		"　【塩尻】県ワイン協会は５日、\n県内ワイナリーの今年１～１０月\nの出荷量が前年同期比１２％増の\n２４６万本となり、過去最多を更\n新したと発表した。\n"
	for _, title := range []string{"主要ワイナリーの出荷量（単位・万本、▲は減）", "主要ワイナリーの出荷量（単位：万本）"} {
		wantAllKinds(t, story+title+"\n社名　２５年　２６年　増減\n桔梗ケ原　４２　４８　△６\n五一わいん　３１　２９　▲２\n（宮下彩）\n",
			"article", "headline ワイン出荷量　最多に", "subheadline 県産、海外向け好調", "dateline 【塩尻】",
			"paragraph 県ワイン協会は５日、県内ワイナリーの今年１～１０月の出荷量が前年同期比１２％増の２４６万本となり、過去最多を更新したと発表した。",
			"caption "+title, "paragraph 社名　２５年　２６年　増減",
			"paragraph 桔梗ケ原　４２　４８　△６", "paragraph 五一わいん　３１　２９　▲２", "byline （宮下彩）")
	}
}
