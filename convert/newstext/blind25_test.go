package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// Blind evaluation 25: Japanese and Korean forms the tester's pages
// (ja-chunichi, ja-shakaimen, ko-yonhap-photos, ko-hankook) showed.

// TestBlindEqualsJumpAndSupplied: a Japanese cross-reference printed
// after ＝ alone on its line (＝２面に関連記事) is a jump, and a caption
// credited to the photo's supplier after ＝ (…＝名古屋市提供) is a caption
// like …＝佐藤花子撮影: neither opens the next story's title group
// (ja-chunichi).
func TestBlindEqualsJumpAndSupplied(t *testing.T) {
	tests := []struct {
		in   string
		kind unitKind
	}{
		{"＝２面に関連記事", uJump},
		{"＝関連記事２面", uJump},
		{"＝社会面に関連記事", uJump},
		{"（２面に関連記事）", uJump},
		{"＝２面", uText},    // a page alone is no jump
		{"＝正面に関連", uText}, // 正面 names no page
		{"公表された新バスターミナルの完成予想図＝名古屋市提供", uCaption},
		{"発見された土器＝県埋蔵文化財センター提供", uCaption},
		{"市は新たな補助制度を提供", uText},                        // no ＝: a title
		{"市は三日、補助を始めた。対象は約千人＝市提供", uText},              // a full stop before ＝
		{"完成予想図＝名古屋市、中部地方整備局、愛知県、岐阜県の四者が共同で提供", uText}, // no one supplier
	}
	for _, tt := range tests {
		if k, _, _ := classifyText(tt.in); k != tt.kind {
			t.Errorf("classifyText(%q) = %s, want %s", tt.in, kindName(k), kindName(tt.kind))
		}
	}
	d := mustRead(t, "名駅に新バスターミナル\n２８年春開業へ　高速バスを集約\n\n"+
		"　【名古屋】名古屋市は三日、名古屋駅西口に新しいバスターミナルの完成予想図を公表した。\n"+
		"　総事業費は約百八十億円を見込む。\n"+
		"＝２面に関連記事\n\n"+
		"公表された新バスターミナルの完成予想図＝名古屋市提供\n\n"+
		"定禅寺通に冬の装い\n雪囲い作業始まる\n\n"+
		"　【仙台】仙台市青葉区の定禅寺通で二日、雪囲いの作業が始まった。\n")
	got := outline(d, false)
	want := "article\n" +
		"  headline 名駅に新バスターミナル\n" +
		"  subheadline ２８年春開業へ　高速バスを集約\n" +
		"  dateline 【名古屋】 place=名古屋\n" +
		"  paragraph 名古屋市は三日、名古屋駅…を公表した。\n" +
		"  paragraph 総事業費は約百八十億円を見込む。\n" +
		"  jump ＝２面に関連記事\n" +
		"  caption 公表された新バスターミナ…名古屋市提供\n" +
		"article\n" +
		"  headline 定禅寺通に冬の装い\n" +
		"  subheadline 雪囲い作業始まる\n" +
		"  dateline 【仙台】 place=仙台\n" +
		"  paragraph 仙台市青葉区の定禅寺通で…が始まった。\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestBlindBriefColumnShortTitle: in a briefs column with no blank
// lines, a short title line set where the items above set their
// headlines (flush, under an indented one-paragraph item, after an item
// closed by a bureau's trailer and one opened by a dateline) is the next
// item's headline, not a head of the item above (ja-shakaimen's おわび).
// A story's short heads after a one-paragraph lead and section stay
// heads: no dateline or trailer marks those paragraphs as items.
func TestBlindBriefColumnShortTitle(t *testing.T) {
	briefs := "住宅全焼、焼け跡から２遺体\n" +
		"　三日午前二時ごろ、岐阜県大垣市の住宅から出火、木造二階建て約百二十平方メートルを全焼した。\n" +
		"（岐阜支局）\n" +
		"路線バスが電柱に衝突\n" +
		"　【静岡】三日午後四時ごろ、浜松市中央区の市道で、路線バスが電柱に衝突した。乗客三人が軽いけが。\n" +
		"落雷で停電\n" +
		"　三日夕、静岡市内で落雷があり、約二千戸が一時停電した。\n"
	d := mustRead(t, briefs)
	if len(d.Articles) != 3 || len(d.Articles[2].Children) == 0 || d.Articles[2].Children[0].Kind != doc.KindHeadline || d.Articles[2].Children[0].Text != "落雷で停電" {
		t.Errorf("the short title is the third brief's headline; got:\n%s", outline(d, false))
	}
	roundTrip(t, d)
	story := "市立図書館が全面改装\n" +
		"　【静岡】静岡市は三日、市立図書館の全面改装を終え、四日から利用を再開すると発表した。\n" +
		"広がる閲覧席\n" +
		"　閲覧席は従来の二倍の約四百席に増えた。\n" +
		"子ども向けも\n" +
		"　児童書の棚も広げ、読み聞かせの部屋を新たに設けた。\n"
	d = mustRead(t, story)
	got := outline(d, false)
	if len(d.Articles) != 1 || strings.Count(got, "heading ") != 2 {
		t.Errorf("a story's short heads stay heads; got:\n%s", got)
	}
}

// TestBlindKoreanPhotoTitle: a Korean wire's photo inside its story is a
// short title line over the caption, and under it the story goes on with
// no dateline: the title is a caption, not a section head, and a credit
// bracket alone with the reprint notice is the photo's credit, not the
// copyright line (ko-yonhap-photos). A title line over a photo whose
// text opens with a dateline is the next story's headline, and in an
// undated story a title line over a photo stays what the grammar makes
// of it.
func TestBlindKoreanPhotoTitle(t *testing.T) {
	// (Paragraphs wrapped, as the page is: the wraps give the measure that
	// keeps a short title line off the caption under it.)
	lead := "(부산=연합뉴스) 박성민 기자 = 부산 해운대해수욕장 일대를 100만 개의 전구로 꾸민 '해운대 빛축제'가\n" +
		"3일 개막해 내년 1월 31일까지 이어진다.\n\n"
	story := "해운대 빛축제 개막…전구 100만 개로 물든 백사장\n\n" + lead +
		"해운대 빛축제 개막\n" +
		"(부산=연합뉴스) 박성민 기자 = 3일 오후 부산 해운대해수욕장에서 관람객들이 빛 조형물을 구경하고 있다. 2026.12.3 psm@yna.co.kr\n\n" +
		"올해 축제는 '바다 위의 은하수'를 주제로 백사장과 구남로 광장에 대형 조형물 20여 점을 설치했다.\n" +
		"해운대구는 축제 기간 주말마다 거리 공연과 드론 라이트쇼를 연다.\n\n" +
		"빛 조형물 설치된 구남로\n" +
		"[부산 해운대구 제공. 재판매 및 DB 금지]\n\n" +
		"구 관계자는 \"지난해보다 관람객이 20% 이상 늘어날 것으로 예상한다\"며 \"혼잡 시간대에는 대중교통을\n" +
		"이용해 달라\"고 당부했다.\n\n" +
		"psm@yna.co.kr\n"
	wantKinds(t, story,
		"headline 해운대 빛축제 개막…전구 100만 개로 물든 백사장",
		"dateline (부산=연합뉴스)",
		"byline 박성민 기자 =",
		"paragraph 부산 해운대해수욕장 일대를 100만 개의 전구로 꾸민 '해운대 빛축제'가 3일 개막해 내년 1월 31일까지 이어진다.",
		"caption 해운대 빛축제 개막",
		"caption (부산=연합뉴스) 박성민 기자 = 3일 오후 부산 해운대해수욕장에서 관람객들이 빛 조형물을 구경하고 있다. 2026.12.3 psm@yna.co.kr",
		"paragraph 올해 축제는 '바다 위의 은하수'를 주제로 백사장과 구남로 광장에 대형 조형물 20여 점을 설치했다. 해운대구는 축제 기간 주말마다 거리 공연과 드론 라이트쇼를 연다.",
		"caption 빛 조형물 설치된 구남로",
		"caption [부산 해운대구 제공. 재판매 및 DB 금지]",
		"paragraph 구 관계자는 \"지난해보다 관람객이 20% 이상 늘어날 것으로 예상한다\"며 \"혼잡 시간대에는 대중교통을 이용해 달라\"고 당부했다.",
		"byline psm@yna.co.kr")
	next := lead +
		"광안리 드론쇼 내년 2월까지 연장\n" +
		"[수영구 제공. 재판매 및 DB 금지]\n\n" +
		"(부산=연합뉴스) 김민지 기자 = 부산 광안리해수욕장의 드론 라이트쇼가 관람객 증가에 따라 내년\n" +
		"2월까지 이어진다.\n"
	d := mustRead(t, next)
	if len(d.Articles) != 2 || d.Articles[1].Children[0].Kind != doc.KindHeadline {
		t.Errorf("a title line over a photo and a dated text is the next story's headline; got:\n%s", outline(d, false))
	}
	undated := "부산 해운대해수욕장 일대를 100만 개의 전구로 꾸민 '해운대 빛축제'가 3일 개막해 내년 1월\n" +
		"31일까지 이어진다. 올해 축제는 백사장과 구남로 광장에 대형 조형물 20여 점을 설치했다.\n\n" +
		"빛 조형물 설치된 구남로\n" +
		"[부산 해운대구 제공. 재판매 및 DB 금지]\n\n" +
		"구 관계자는 \"지난해보다 관람객이 20% 이상 늘어날 것으로 예상한다\"며 \"혼잡 시간대에는 대중교통을\n" +
		"이용해 달라\"고 당부했다.\n"
	if got := outline(mustRead(t, undated), false); strings.Contains(got, "caption 빛 조형물") {
		t.Errorf("in an undated story a title line over a photo is no caption; got:\n%s", got)
	}
}

// TestBlindKoreanAuthorLine: an outside contributor's line with no bar,
// the name, the organisation and the position (이수진 서울대 경제학부 교수),
// closing a column is its byline, with the attributes the bar's form
// gives (koreanBarCredit); the same line under a headline, an
// interviewee's, stays a subheadline, and with text under it stays text
// (ko-hankook).
func TestBlindKoreanAuthorLine(t *testing.T) {
	tests := []struct {
		in        string
		ok        bool
		org, role string
	}{
		{"이수진 서울대 경제학부 교수", true, "서울대 경제학부", "교수"},
		{"남궁진 소설가", true, "", "소설가"},
		{"최은서 주거권네트워크 정책위원", true, "주거권네트워크", "정책위원"},
		{"서울 맑음", false, "", ""},
		{"이수진 서울대, 경제학부 교수", false, "", ""},
		{"부산=김민준 교수", false, "", ""},
		{"지난해 서울대 경제학부를 졸업한 뒤 대학원에 진학해 연구를 이어온 교수", false, "", ""},
	}
	for _, tt := range tests {
		c, ok := koreanAuthorLine(tt.in)
		if ok != tt.ok || c.org != tt.org || tt.ok && (len(c.roles) != 1 || c.roles[0] != tt.role) {
			t.Errorf("koreanAuthorLine(%q) = %+v, %v; want org %q role %q, %v", tt.in, c, ok, tt.org, tt.role, tt.ok)
		}
	}
	column := "[동아광장/이수진]AI 시대, 일자리 걱정보다 필요한 것\n\n" +
		"생성형 인공지능(AI)이 사무직 일자리를 대체할 것이라는 전망이 잇따른다. 걱정은 자연스럽지만 막연한\n" +
		"불안만으로는 아무것도 바꿀 수 없다.\n\n" +
		"필요한 것은 재교육 체계다. 기업과 정부가 비용을 나눠 지고, 노동자가 일하면서 새 기술을 배울 수 있는\n" +
		"시간을 보장해야 한다.\n\n"
	wantKinds(t, column+"이수진 서울대 경제학부 교수\n",
		"headline [동아광장/이수진]AI 시대, 일자리 걱정보다 필요한 것",
		"paragraph 생성형 인공지능(AI)이 사무직 일자리를 대체할 것이라는 전망이 잇따른다. 걱정은 자연스럽지만 막연한 불안만으로는 아무것도 바꿀 수 없다.",
		"paragraph 필요한 것은 재교육 체계다. 기업과 정부가 비용을 나눠 지고, 노동자가 일하면서 새 기술을 배울 수 있는 시간을 보장해야 한다.",
		"byline 이수진 서울대 경제학부 교수")
	d := mustRead(t, column+"이수진 서울대 경제학부 교수\n\n[사설] 수도권 전세 사기 피해, 구제 속도 높여야\n\n"+
		"수도권 전세 사기 피해자가 1만명을 넘어섰다. 정부는 피해 주택 매입을 늘리고, 피해자 인정 절차를 서둘러야 한다.\n")
	if len(d.Articles) != 2 || !strings.Contains(outline(d, false), "byline 이수진 서울대 경제학부 교수 org=서울대 경제학부 roles=교수 names=이수진") {
		t.Errorf("the writer's line closes the column before the next article; got:\n%s", outline(d, false))
	}
	wantKinds(t, "[인터뷰] \"지역 의료 공백, 공공의대로 풀어야\"\n이정훈 경상남도의사회장\n\n"+
		"경상남도의사회 이정훈 회장은 3일 본지와의 인터뷰에서 지역 의료 공백을 해소하려면 공공의대 설립이 필요하다고 강조했다.\n",
		"headline [인터뷰] \"지역 의료 공백, 공공의대로 풀어야\"", "subheadline 이정훈 경상남도의사회장")
	d = mustRead(t, column+"이수진 서울대 경제학부 교수\n\n이 교수는 노동경제학을 연구해 왔다. 최근 저서로 ‘일의 미래’가 있다.\n")
	if strings.Contains(outline(d, false), "byline") {
		t.Errorf("a writer's line with text under it is no closing byline; got:\n%s", outline(d, false))
	}
}
