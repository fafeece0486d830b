package newstext

import (
	"strings"
	"testing"
)

// TestPhotoRoleCredit: a caption pointing at people in the photo (（左三）)
// keeps its photographer credited by role in brackets, （摄影：李文杰）, the
// Malaysian form of （李文杰摄）, as the caption's; a writer's credit, a
// credit naming a writer too, or the same bracket after a paragraph with
// no position mark stay the story's byline.
func TestPhotoRoleCredit(t *testing.T) {
	desc := "莫哈末费沙（左三）在甲洞国会议员林德光（左二）陪同下，巡视甲洞人民组屋的电梯机房。"
	for in, want := range map[string]bool{
		"摄影：李文杰":     true,
		"摄：李文杰":      true,
		"攝影：李文傑":     true,
		"图：李文杰":      true,
		"摄影/李文杰":     true,
		"摄影：本报记者李文杰": true,
		// Look-alikes.
		"报道：郑家豪":   false,
		"文、摄影：李文杰": false,
		"编辑：李文杰":   false,
		"记者：李文杰":   false,
		"摄影：":      false,
		"李文杰":      false,
	} {
		if got := positionedCredit(desc, in); got != want {
			t.Errorf("positionedCredit(…, %q) = %v, want %v", in, got, want)
		}
	}
	head := "星洲日报　2026年12月9日（星期三）　大都会　C4\n\n隆市组屋区明年换新电梯\n\n（吉隆坡8日讯）联邦直辖区部长今日宣布，联邦政府明年将拨款为组屋区更换老旧电梯。\n\n"
	for _, cr := range []string{"（摄影：李文杰）", "（摄：李文杰）", "（摄影/李文杰）"} {
		got := leafLines(t, head+desc+cr+"\n\n居民盼施工期间有替代方案\n\n甲洞国会议员林德光指出，部分组屋每座只有一台电梯。\n")
		for _, want := range []string{"caption " + desc + cr, "heading 居民盼施工期间有替代方案"} {
			if !strings.Contains(got, want) {
				t.Errorf("%s: no %q in:\n%s", cr, want, got)
			}
		}
	}
	// Look-alikes: no position mark, or a writer's credit: the byline.
	for _, c := range []struct{ text, cr string }{
		{"居民说，等待换新电梯已经等了5年，大家都愿意配合。", "（摄影：李文杰）"},
		{desc, "（报道：郑家豪）"},
		{desc, "（文、摄影：李文杰）"},
	} {
		got := leafLines(t, head+c.text+c.cr+"\n")
		if !strings.Contains(got, "byline "+c.cr) {
			t.Errorf("%s%s: the credit not split off as the byline:\n%s", c.text, c.cr, got)
		}
	}
}

// TestStarBriefBox: a Malaysian Chinese daily's box of briefs, 新闻小辑
// (a short line ending in 小辑), over two or more items each opened by
// ★, after the last paragraph of an unsigned brief, is an article of its
// own, the label its headline; a label naming no box over ★ items, a
// single item, a run of stars (a rating) or mixed bullets stay a head of
// the story above.
func TestStarBriefBox(t *testing.T) {
	story := "蒲种大道明晚起封路\n\n（蒲种8日讯）为配合捷运三号线工程，蒲种大道往沙登方向的两条车道将从明晚起封闭，公共工程局建议驾车人士改道行驶。\n\n"
	item1 := "甲洞警局下周一起在甲洞人民组屋设立流动服务站，方便居民报案。"
	item2 := "蕉赖11哩巴刹完成提升工程，将于本月15日重新开放。"
	for _, c := range []struct {
		label, b1, b2 string
		box           bool
	}{
		{"新闻小辑", "★", "★", true},
		{"社区小辑", "★", "★", true},
		{"新聞小輯", "★", "★", true},
		{"简讯", "★", "★", true},
		{"新闻小辑", "●", "●", true},
		// Look-alikes.
		{"居民心声", "★", "★", false},
		{"新闻小辑", "★★★", "★★★", false},
		{"新闻小辑", "★", "●", false},
		{"新闻小辑编辑部的话与读者交流", "★", "★", false},
		{"居民心声", "●", "●", false},
	} {
		got := leafLines(t, story+c.label+"\n\n"+c.b1+item1+"\n\n"+c.b2+item2+"\n")
		want := "heading " + c.label
		if c.box {
			want = "headline " + c.label
		}
		if !strings.Contains(got, want) {
			t.Errorf("%s over %s/%s: no %q in:\n%s", c.label, c.b1, c.b2, want, got)
		}
	}
	// One item only: left to the other rules, a head of the story above.
	if got := leafLines(t, story+"新闻小辑\n\n★"+item1+"\n\n居民说，工程完成后将方便许多。\n"); !strings.Contains(got, "heading 新闻小辑") {
		t.Errorf("one ★ item made a box:\n%s", got)
	}
}

// TestAttributedDeck: of two title lines between a finished paragraph
// and body text, a longer news line over a shorter one speaking for its
// source (州议员：…) is the headline over its subheadline, not a kicker
// over a headline; a kicker no longer than the claim under it, two lines
// both speaking for someone, the claim on top, an interview's 问：… and
// a page of another language keep their reading.
func TestAttributedDeck(t *testing.T) {
	above := "“只要工程按时完成，大家都愿意配合。”\n\n"
	body := "\n\n（八打灵再也8日讯）八打灵再也市政厅宣布，SS2夜市将从明年1月起试行无塑料袋措施，摊贩不得再免费提供一次性塑料袋。\n"
	for _, c := range []struct {
		top, bottom string
		want        []string
	}{
		{"八打灵再也SS2夜市下月起禁塑料袋", "州议员：先劝导后执法", []string{"headline 八打灵再也SS2夜市下月起禁塑料袋", "subheadline 州议员：先劝导后执法"}},
		{"吉隆坡组屋区明年起分阶段换新电梯", "部长：首阶段涵盖4区", []string{"headline 吉隆坡组屋区明年起分阶段换新电梯", "subheadline 部长：首阶段涵盖4区"}},
		{"南北大道年底车流量料增三成", "警方：高峰时段避开", []string{"headline 南北大道年底车流量料增三成", "subheadline 警方：高峰时段避开"}},
		// Look-alikes.
		{"年底诈骗案高发", "专家：警惕诈骗", []string{"kicker 年底诈骗案高发", "headline 专家：警惕诈骗"}},
		{"年底诈骗高发", "专家：警惕电信诈骗新套路", []string{"headline 年底诈骗高发", "subheadline 专家：警惕电信诈骗新套路"}},
		{"专家：警惕电信诈骗新套路", "年底诈骗案件高发", []string{"headline 专家：警惕电信诈骗新套路", "subheadline 年底诈骗案件高发"}},
		{"州议员：先劝导后执法", "部长：明年全面禁用", []string{"headline 州议员：先劝导后执法"}},
		{"八打灵再也SS2夜市下月起禁塑料袋", "问：摊贩如何配合", []string{"kicker 八打灵再也SS2夜市下月起禁塑料袋", "headline 问：摊贩如何配合"}},
	} {
		got := leafLines(t, "夜市新闻\n\n"+above+c.top+"\n"+c.bottom+body)
		if !strings.Contains(got, strings.Join(c.want, "\n")) {
			t.Errorf("%s / %s: no %q in:\n%s", c.top, c.bottom, c.want, got)
		}
	}
}

// TestRowOverBulletEntry: a market box's last row (a label and its
// count, 出来高　２３億１２００万株, or a row of figures) never runs on into
// the ▽ entries under it, the box's text, a paragraph each; a line of
// prose over an inline list's ▽, a row over a line with no bullet, and a
// row over ▲ keep their reading.
func TestRowOverBulletEntry(t *testing.T) {
	story := "米ハイテク株安　世界に波及\n\n　８日のニューヨーク株式\n市場は、ハイテク株を中心\nに売りが広がり、ナスダッ\nク総合指数は前週末比２・\n８％安で取引を終えた。下\n落は３日連続となった。\n　生成ＡＩ向けの投資が一\n巡するとの見方から、半導\n体大手の株価が軒並み下落\nした。\n\n"
	head := story + "株　式\n日経平均　４万５１８円２２銭　▲６１２円４０銭\n"
	e1 := "▽東証プライムの値下がり\n銘柄は全体の８割を超えた。\n"
	e2 := "▽半導体関連株が下げを主\n導し、下げ幅は一時７００\n円を超えた。\n"
	tail := "\n為　替\n円・ドル　１４８円６０～６２銭　８５銭円高\n"
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"count row, two entries", head + "出来高　２３億１２００万株\n" + e1 + e2 + tail,
			[]string{"paragraph 出来高　２３億１２００万株", "paragraph ▽東証プライムの値下がり銘柄は全体の８割を超えた。", "paragraph ▽半導体関連株が下げを主導し、下げ幅は一時７００円を超えた。"}},
		{"count row, one entry", head + "出来高　２３億１２００万株\n" + e1 + tail,
			[]string{"paragraph 出来高　２３億１２００万株", "paragraph ▽東証プライムの値下がり銘柄は全体の８割を超えた。"}},
		{"figure row", head + "ＴＯＰＩＸ　２７８４．１１　▲３８．５６\n" + e1 + e2 + tail,
			[]string{"paragraph ＴＯＰＩＸ　２７８４．１１　▲３８．５６", "paragraph ▽東証プライムの値下がり銘柄は全体の８割を超えた。"}},
		{"◇ entries", head + "出来高　２３億１２００万株\n◇東証プライムの値下がり\n銘柄は全体の８割を超えた。\n" + tail,
			[]string{"paragraph 出来高　２３億１２００万株", "paragraph ◇東証プライムの値下がり銘柄は全体の８割を超えた。"}},
		// Look-alikes.
		{"prose over an inline ▽", story + "市の発表\n\n　市は８日、新年度の重点\n事業を発表した。主な事業\n▽子育て支援の拡充▽道路\nの補修など。\n",
			[]string{"paragraph 市は８日、新年度の重点事業を発表した。主な事業▽子育て支援の拡充▽道路の補修など。"}},
		{"row over no bullet", head + "出来高　２３億１２００万株\n" + tail,
			[]string{"paragraph 日経平均　４万５１８円２２銭　▲６１２円４０銭", "paragraph 出来高　２３億１２００万株", "headline 為　替"}},
		{"prose with a count's padding over an inline ▽", story + "市の発表\n\n　出動件数は　２８件で、\n主な原因は\n▽火の不始末▽放火の疑い\nなどだった。\n",
			[]string{"paragraph 出動件数は　２８件で、主な原因は▽火の不始末▽放火の疑いなどだった。"}},
		{"entries under entries", story + "催し\n▽松本城冬の灯り＝１２日\n、松本城公園。無料\n▽県民文化祭＝１３日、県\n民文化会館。\n",
			[]string{"paragraph ▽松本城冬の灯り＝１２日、松本城公園。無料", "paragraph ▽県民文化祭＝１３日、県民文化会館。"}},
	} {
		if got := leafLines(t, c.page); !strings.Contains(got, strings.Join(c.want, "\n")) {
			t.Errorf("%s: no %q in:\n%s", c.name, c.want, got)
		}
	}
}

// TestNoComparisonDash: a business table's dash where no rate can be
// given, ▲１２（―）, is a comparison's bracket, the figure's, so the line
// of the rows above stays a row over the table's note, never the next
// article's headline; a bracket of words, two dashes or a dash with a
// figure is none, and a line that is a row only by it, alone under
// prose, keeps its reading.
func TestNoComparisonDash(t *testing.T) {
	for s, want := range map[string]bool{
		"（―）":   true,
		"（　―　）": true,
		"（－）":   true,
		"（—）":   true,
		// Look-alikes.
		"（――）":      false,
		"（―は比較できず）": false,
		"（２―３）":     false,
		"（未定）":      false,
	} {
		if got := comparisonBracket(s) > 0; got != want {
			t.Errorf("comparisonBracket(%q) > 0 = %v, want %v", s, got, want)
		}
	}
	story := "東邦重機、純利益１５％増\n\n　東邦重機は８日、２０２\n６年４～９月期の連結決算\nを発表した。純利益は前年\n同期比１５％増だった。\n\n"
	table := "主な企業の４～９月期決算\n（単位：億円、カッコ内は前年比％）\n社名　売上高　営業利益　純利益\n東邦重機　４２１５（８）　３８６（２１）　２５１（１５）\n北斗化学　１８７０（▲３）　９５（▲１８）　６２（▲２５）\n"
	next := "\n新社長\n大和精密工業　岡田浩一氏\n\n　８８年東大工卒、大和精\n密工業入社。２２年から専\n務。東京都出身、６０歳。\n"
	for _, last := range []string{"三光リテール　２６４０（５）　▲１２（―）　▲４０（―）", "三光リテール　２６４０（―）　１２（―）　４０（―）", "三光リテール　２６４０（５）　▲１２（－）　▲４０（－）"} {
		got := leafLines(t, story+table+last+"\n（注）▲は赤字・減、―は比較できず。連結\n"+next)
		if want := "paragraph " + last + "\nnote （注）▲は赤字・減、―は比較できず。連結\nkicker 新社長"; !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
	// Look-alike: a poll's line alone under prose, a row only by the
	// bracket, is no row (rowcomparison.go) and keeps its reading.
	got := leafLines(t, story+"内閣支持率　２８％（―）\n\n　共同通信社が実施した全国\n電話世論調査によると、内閣\n支持率は２８％だった。\n")
	if !strings.Contains(got, "paragraph 内閣支持率　２８％（―）\nparagraph 共同通信社") {
		t.Errorf("the poll's line not kept:\n%s", got)
	}
}

// TestKoreanClubGameRow: a day's-games row naming each side by city and
// club, with no starting pitchers after the bracket (a basketball
// page's), is the box's row, a paragraph each, never joined to the row
// above; a title naming two sides with no time, or words after the
// bracket, is none.
func TestKoreanClubGameRow(t *testing.T) {
	for s, want := range map[string]bool{
		"서울 나이츠-부산 하버스(잠실학생체육관·19시)": true,
		"수원 블레이즈-안양 레드윙스(수원체육관·19시)": true,
		"대전 하이-수원(수원·18:30)":         true,
		"대전-수원(수원·18시30분) 류현우-한재민":   true,
		// Look-alikes.
		"서울 나이츠-부산 하버스 맞대결(잠실)":         false,
		"서울 나이츠-부산 하버스(잠실학생체육관·19시) 격돌": false,
		"서울 나이츠 부산-하버스 용인(19시)":         false,
		"한국-일본(도쿄) 결승 격돌":               false,
		"서울 나이츠스타즈블루윙스-부산 하버스(잠실·19시)":  false,
	} {
		if got := koGameRow(s); got != want {
			t.Errorf("koGameRow(%q) = %v, want %v", s, got, want)
		}
	}
	page := "스포츠 단신\n\n▲프로배구 대전 한빛스파크스의 외국인 공격수 마르코스가 발목 부상으로 2주간 결장한다.\n\n▲대한농구협회는 8일 남자 대표팀 예비 명단 16명을 발표했다.\n\n◆ 오늘의 경기\n" +
		"서울 나이츠-부산 하버스(잠실학생체육관·19시)\n수원 블레이즈-안양 레드윙스(수원체육관·19시)\n용인 블루밍스-부천 하모니(용인체육관·19시)\n"
	want := "paragraph 서울 나이츠-부산 하버스(잠실학생체육관·19시)\nparagraph 수원 블레이즈-안양 레드윙스(수원체육관·19시)\nparagraph 용인 블루밍스-부천 하모니(용인체육관·19시)"
	if got := leafLines(t, page); !strings.Contains(got, want) {
		t.Errorf("the game rows joined:\n%s", got)
	}
}

// TestKoreanStandingsRow: a standings box's row, its rank, the team and
// its figures (the leader's games behind a dash), is a table's row, and
// the words over the rows its header, so that the title lines under the
// last row open the next story; a headline opening with a figure, a row
// with words after its figures or no rank, is none.
func TestKoreanStandingsRow(t *testing.T) {
	for s, want := range map[string]bool{
		"1 원주 15 5 -":       true,
		"2 창원 14 6 1.0":     true,
		"10 서울 SK 8 12 7.0": true,
		// Look-alikes.
		"3 부산 9 11 6.0 .450": false,
		"2 창원 14점 차 대승":      false,
		"3 서울 12 8 3.0 경기":   false,
		"원주 15 5 -":          false,
		"123 원주 15 5":        false,
		"1 원주 - -":           false,
		"1 원주 15":            false,
	} {
		if got := koreanStandingsRow(s); got != want {
			t.Errorf("koreanStandingsRow(%q) = %v, want %v", s, got, want)
		}
	}
	story := "프로농구\n창원 세일러스, 선두 원주 꺾고 5연승\n\n창원 세일러스가 선두 원주 파인즈를 잡고 5연승을 질주했다.\n\n이서준 기자 sjlee@hanbitsports.co.kr\n\n"
	box := "■ 프로농구 순위(8일 현재)\n순위 팀 승 패 승차\n1 원주 15 5 -\n2 창원 14 6 1.0\n3 서울 12 8 3.0\n4 수원 11 9 4.0\n5 부산 9 11 6.0\n\n"
	next := "청주 스타라이트, 용인 꺾고 단독 2위\n허예린 개인 최다 27점 폭발\n\n여자프로농구 청주 스타라이트가 8일 청주체육관에서 열린 홈경기에서 74-62로 이겼다.\n"
	got := leafLines(t, story+box+next)
	for _, want := range []string{"paragraph 순위 팀 승 패 승차\nparagraph 1 원주 15 5 -", "headline 청주 스타라이트, 용인 꺾고 단독 2위\nsubheadline 허예린 개인 최다 27점 폭발"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
}

// TestKoreanMarkedBoxHead: a bulleted box's name over its rows is the
// box's headline, an article of its own, right under the byline that
// closed the story above (■ 프로농구 순위(8일 현재) under an e-mail) or
// when it names a listed standing box (◆ 오늘의 경기 under the last entry
// of the box above); a bulleted head over a story's paragraphs, the same
// head over rows under a paragraph of the story, and a listed name over
// no rows keep their reading.
func TestKoreanMarkedBoxHead(t *testing.T) {
	story := "프로농구\n창원 세일러스, 선두 원주 꺾고 5연승\n\n창원 세일러스가 선두 원주 파인즈를 잡고 5연승을 질주했다.\n\n"
	mail := "이서준 기자 sjlee@hanbitsports.co.kr\n\n"
	rows := "순위 팀 승 패 승차\n1 원주 15 5 -\n2 창원 14 6 1.0\n3 서울 12 8 3.0\n4 수원 11 9 4.0\n5 부산 9 11 6.0\n"
	briefs := "스포츠 단신\n\n▲프로배구 대전 한빛스파크스의 외국인 공격수 마르코스가 발목 부상으로 2주간 결장한다.\n\n▲대한농구협회는 8일 남자 대표팀 예비 명단 16명을 발표했다.\n\n"
	games := "서울 나이츠-부산 하버스(잠실학생체육관·19시)\n수원 블레이즈-안양 레드윙스(수원체육관·19시)\n"
	for _, c := range []struct {
		name, page, want string
	}{
		{"■ under an e-mail", story + mail + "■ 프로농구 순위(8일 현재)\n" + rows, "headline ■ 프로농구 순위(8일 현재)"},
		{"◆ under an e-mail", story + mail + "◆ 프로농구 순위\n" + rows, "headline ◆ 프로농구 순위"},
		{"◆ 오늘의 경기 under entries", story + mail + briefs + "◆ 오늘의 경기\n" + games, "headline ◆ 오늘의 경기"},
		{"■ 오늘의 경기 under a paragraph", story + "■ 오늘의 경기\n" + games, "headline ■ 오늘의 경기"},
		// Look-alikes.
		{"■ head over paragraphs", story + "■ 4쿼터 승부처서 빛난 박준영\n\n77-77로 맞선 경기 종료 3분 전, 박준영이 연속 3점슛 2개를 꽂았다.\n\n" + mail, "heading ■ 4쿼터 승부처서 빛난 박준영"},
		{"■ over rows under a paragraph", story + "■ 프로농구 순위(8일 현재)\n" + rows, "heading ■ 프로농구 순위(8일 현재)"},
		{"◆ 오늘의 경기 over a paragraph", story + "◆ 오늘의 경기\n\n오늘 저녁 잠실에서 서울과 부산이 맞붙는다.\n", "heading ◆ 오늘의 경기"},
		{"◆ head under entries over a paragraph", story + mail + briefs + "◆ 대표팀 소집\n\n대표팀은 내년 1월 진천선수촌에 소집된다.\n", "heading ◆ 대표팀 소집"},
	} {
		if got := leafLines(t, c.page); !strings.Contains(got, c.want) {
			t.Errorf("%s: no %q in:\n%s", c.name, c.want, got)
		}
	}
}
