package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestKoreanBareEqualsCredit: a Korean caption closed by its credit after
// a bare equals sign, as regional papers set a supplied photo's (… 조감도.
// =대구시 제공, blind page ko-jibang-sahoe-daegu-b73), is a caption, never
// a section head over the paragraph under it; the name after the bare
// sign is a credit's own (a supplier's, a wire's, an archive's). A bare
// name, a paragraph's verb before the credit, the credit mid-sentence or
// a formula stay text.
func TestKoreanBareEqualsCredit(t *testing.T) {
	const desc = "신천 야간 물빛길 조감도."
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{desc + " =대구시 제공", true},
		{desc + " = 대구시 제공", true},
		{desc + " =독자 제공", true},
		{desc + " =연합뉴스", true},
		{desc + " =대구한빛일보DB", true},
		{"4일 대구 수성못 둘레길을 시민들이 걷고 있다. =대구시 제공", true},
		// Look-alikes.
		{desc + " =대구시", false},
		{desc + " =", false},
		{desc + " =대구시 제공, 재판매 금지", false},
		{"시는 내년 3월 물빛길을 개방한다고 밝혔다. =대구시 제공", false},
		{"자료는 =대구시 제공 형식으로 출처를 밝히도록 했다", false},
		{"합계는 다음과 같다. =SUM(A1:A3)", false},
		{"신천 야간 물빛길 조성 계획", false},
	} {
		if got := isCaption(tt.s); got != tt.want {
			t.Errorf("isCaption(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	const (
		head = "신천에 ‘야간 물빛길’ 생긴다\n\n[대구한빛일보=김민준 기자] 대구시는 신천 수성교에서 동신교까지 1.8㎞ 구간에 경관조명과 쉼터를 갖춘 ‘야간 물빛길’을 조성해 내년 3월 개방한다고 4일 밝혔다.\n\n"
		cap  = "신천 야간 물빛길 조감도. =대구시 제공"
		more = "시 관계자는 “신천을 밤에도 시민이 즐겨 찾는 공간으로 만들겠다”고 말했다."
	)
	d := mustRead(t, head+cap+"\n\n"+more+"\n")
	if n := nodeWithText(d, cap); n == nil || n.Kind != doc.KindCaption {
		t.Errorf("caption: got %s", strings.Join(kindsOf(d), " | "))
	}
	if len(d.Articles) != 1 || paragraphOpening(d, more) == nil || d.Articles[0].Children[len(d.Articles[0].Children)-1].Text != more {
		t.Errorf("paragraph under the caption not the article's own: %s", strings.Join(kindsOf(d), " | "))
	}
	roundTrip(t, d)
	// Look-alikes in the same place: a finished sentence with words after
	// it is never a head over the paragraph under it (kotitlestop.go),
	// whatever follows its stop. It is text, ending in no sentence's
	// mark: run on into the paragraph under it, as any such paragraph is.
	for _, line := range []string{"신천 야간 물빛길 조감도. =대구시", "시는 물빛길을 개방한다고 밝혔다. =대구시 제공"} {
		d := mustRead(t, head+line+"\n\n"+more+"\n")
		heads := 0
		d.WalkDocument(func(n *doc.Node) bool {
			if n.Kind == doc.KindHeading || n.Kind == doc.KindSection {
				heads++
			}
			return true
		})
		if heads > 0 || paragraphOpening(d, line) == nil {
			t.Errorf("%q: got\n%s", line, outline(d, false))
		}
		roundTrip(t, d)
	}
}

// TestKoreanLenticularRunInCredit: a Korean regional paper's place and
// reporter in 【】 run into a story's first paragraph (【대구=박소연기자】
// 4일 …) opens the story as [대구한빛일보=김민준 기자] does: the title line
// above it is the next story's headline, and the bracket its byline. A
// wire's 【서울=연합뉴스】, a place alone, a mainland paper's Chinese
// credit, a column's label and the credit with no text after it are none.
func TestKoreanLenticularRunInCredit(t *testing.T) {
	for _, tt := range []struct {
		in, credit string
		ok         bool
	}{
		{"【대구=박소연기자】 4일 오후 공장에서 불이 났다.", "org= roles=기자 names=박소연", true},
		{"【대구=박소연 기자】 4일 오후 공장에서 불이 났다.", "org= roles=기자 names=박소연", true},
		{"【워싱턴=김철수특파원】 미국 정부가 3일 발표했다.", "org= roles=특파원 names=김철수", true},
		{"【대구=박소연·김민수기자】 4일 오후 공장에서 불이 났다.", "org= roles=기자 names=박소연,김민수", true},
		// Look-alikes.
		{"【서울=연합뉴스】 4일 오후 공장에서 불이 났다.", "", false},
		{"【대구】 4일 오후 공장에서 불이 났다.", "", false},
		{"【대구=박소연기자】", "", false},
		{"【기자수첩】 공장 화재가 되풀이된다.", "", false},
		{"【环球时报驻德国特约记者 青木】3月初，德国政府宣布。", "", false},
	} {
		end, c, ok := runInCredit(tt.in)
		if ok != tt.ok || ok && creditText(c) != tt.credit {
			t.Errorf("runInCredit(%q) = %d %s %v, want %s %v", tt.in, end, creditText(c), ok, tt.credit, tt.ok)
		}
	}
	page := "신천에 ‘야간 물빛길’ 생긴다\n\n[대구한빛일보=김민준 기자] 대구시는 신천에 ‘야간 물빛길’을 조성해 내년 3월 개방한다고 4일 밝혔다.\n\n" +
		"신천 야간 물빛길 조감도. =대구시 제공\n\n" +
		"시 관계자는 “신천을 밤에도 시민이 즐겨 찾는 공간으로 만들겠다”고 말했다.\n\n" +
		"경산 자동차부품 공장서 불…2시간 만에 진화\n\n" +
		"【대구=박소연기자】 4일 오후 2시 10분께 경북 경산시 진량읍의 한 자동차부품 공장에서 불이 나 2시간여 만에 꺼졌다.\n\n" +
		"경찰은 정확한 화재 원인을 조사하고 있다.\n"
	d := mustRead(t, page)
	if len(d.Articles) != 2 {
		t.Fatalf("read as %d articles, want 2:\n%s", len(d.Articles), outline(d, false))
	}
	got := d.Articles[1].Children
	if len(got) < 3 || got[0].Kind != doc.KindHeadline || got[1].Kind != doc.KindByline || got[1].Text != "【대구=박소연기자】" || got[2].Kind != doc.KindParagraph {
		t.Errorf("second story:\n%s", outline(d, false))
	}
	roundTrip(t, d)
	// Look-alikes: a regional roundup (전국·영남 종합) sets each region's
	// part under its reporter's credit inside one story (review 30a,
	// ko-lenticular-roundup): after body text of the story the credit
	// opens no story, headless, but stays its paragraph's opening, with
	// blank lines between paragraphs or a column's wraps and indents.
	for _, page := range []string{
		"영남 곳곳 대설특보…출근길 혼잡\n\n【대구=박소연기자】 4일 새벽 대구·경북 지역에 최고 15㎝의 눈이 내려 출근길 교통이 큰 혼잡을 빚었다.\n\n" +
			"대구시는 제설 차량 120대를 투입해 주요 간선도로의 눈을 치웠다.\n\n" +
			"【부산=김철수기자】 부산에서도 이날 오전 산복도로 일부 구간의 차량 통행이 통제됐다.\n\n" +
			"부산시는 오전 9시 이후 통제를 차례로 풀었다.\n\n" +
			"【창원=이영희기자】 경남 창원과 김해에서는 빙판길 교통사고 14건이 잇따랐다.\n",
		"영남 곳곳 대설특보…출근길 혼잡\n\n【대구=박소연기자】 4일 새벽 대구·경북\n지역에 최고 15㎝의 눈이 내려\n출근길 교통이 큰 혼잡을 빚었다.\n" +
			"　대구시는 제설 차량 120대를\n투입해 주요 간선도로의 눈을 치웠다.\n" +
			"　【부산=김철수기자】 부산에서도\n이날 오전 산복도로 일부 구간의\n차량 통행이 통제됐다.\n" +
			"　부산시는 오전 9시 이후 통제를\n차례로 풀었다.\n",
	} {
		d := mustRead(t, page)
		if len(d.Articles) != 1 || paragraphOpening(d, "【부산=김철수기자】 부산에서도") == nil {
			t.Errorf("roundup read as %d articles:\n%s", len(d.Articles), outline(d, false))
		}
		roundTrip(t, d)
	}
}

// TestKoreanBareCreditUnder: a regional paper's bare credit alone on the
// line under its caption's sentence, 신천 야간 물빛길 조감도. / =대구시
// 제공, closes that caption as it does on one line: one caption, and the
// paragraph under it (in the block or after a blank line) the article's
// own, not the section of a head. Look-alikes stay as they were: a
// finished sentence of prose over the credit (… 밝혔다.), a bare name
// that names no credit (=대구시).
func TestKoreanBareCreditUnder(t *testing.T) {
	const (
		head = "신천에 ‘야간 물빛길’ 생긴다\n\n대구시는 신천 수성교에서 동신교까지 1.8㎞\n구간에 ‘야간 물빛길’을 조성한다고 4일\n밝혔다.\n\n"
		more = "시 관계자는 “신천을 밤에도 시민이 즐겨\n찾는 공간으로 만들겠다”고 말했다.\n"
		tree = "article\n  headline 신천에 ‘야간 물빛길’ 생긴다\n  paragraph 대구시는 신천 수성교에서 동신교까지 1.8㎞ 구간에 ‘야간 물빛길’을 조성한다고 4일 밝혔다.\n"
		last = "  paragraph 시 관계자는 “신천을 밤에도 시민이 즐겨 찾는 공간으로 만들겠다”고 말했다."
	)
	for _, c := range []struct{ page, want string }{
		{head + "신천 야간 물빛길 조감도.\n=대구시 제공\n\n" + more, tree + "  caption 신천 야간 물빛길 조감도. =대구시 제공\n" + last},
		{head + "신천 야간 물빛길 조감도.\n= 연합뉴스\n\n" + more, tree + "  caption 신천 야간 물빛길 조감도. = 연합뉴스\n" + last},
		{head + "4일 신천 둔치를 시민들이 걷고 있다.\n=독자 제공\n\n" + more, tree + "  caption 4일 신천 둔치를 시민들이 걷고 있다. =독자 제공\n" + last},
		{head + "신천 야간 물빛길 조감도.\n=대구시 제공\n" + more, tree + "  caption 신천 야간 물빛길 조감도. =대구시 제공\n" + last},
	} {
		d := mustRead(t, c.page)
		if got := strings.Join(treeOf(d), "\n"); got != c.want {
			t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", c.page, got, c.want)
		}
		roundTrip(t, d)
	}
	// Look-alikes: no caption made of them.
	for _, page := range []string{
		head + "시는 내년 3월 개방한다고 밝혔다.\n=대구시 제공\n\n" + more,
		head + "신천 야간 물빛길 조감도.\n=대구시\n\n" + more,
	} {
		d := mustRead(t, page)
		if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "caption") {
			t.Errorf("page:\n%s\n a caption:\n%s", page, got)
		}
		roundTrip(t, d)
	}
}
